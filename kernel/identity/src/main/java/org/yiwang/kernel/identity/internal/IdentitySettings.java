package org.yiwang.kernel.identity.internal;

import java.time.Duration;

/**
 * The identity service's settings as plain values (from {@link IdentityConfig}), so services and
 * tests do not need Config Admin.
 */
public record IdentitySettings(int passwordIterations, Duration tokenTtl, int backoffAfterFailures,
                               Duration backoffBase, Duration backoffMax, int lockAfterFailures,
                               Duration lockDuration) {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Below this the service logs that hashing is unsafe. */
    public static final int SAFE_MINIMUM_ITERATIONS = 210_000;

    public IdentitySettings {
        if (passwordIterations < 1 || backoffAfterFailures < 1 || lockAfterFailures < 1) {
            throw new IllegalArgumentException("org.yiwang.identity: iterations and failure thresholds must be positive");
        }
        if (tokenTtl.isNegative() || tokenTtl.isZero() || lockDuration.isNegative() || backoffBase.isNegative()
                || backoffMax.isNegative()) {
            throw new IllegalArgumentException("org.yiwang.identity: durations must be positive");
        }
    }

    public static IdentitySettings defaults() {
        return new IdentitySettings(DEFAULT_ITERATIONS, Duration.ofHours(8), 5, Duration.ofSeconds(2),
                Duration.ofMinutes(5), 10, Duration.ofMinutes(15));
    }

    public static IdentitySettings from(IdentityConfig c) {
        return new IdentitySettings(c.passwordIterations(), Duration.ofMinutes(c.tokenTtlMinutes()),
                c.backoffAfterFailures(), Duration.ofSeconds(c.backoffBaseSeconds()),
                Duration.ofSeconds(c.backoffMaxSeconds()), c.lockAfterFailures(), Duration.ofMinutes(c.lockMinutes()));
    }

    public IdentitySettings withIterations(int iterations) {
        return new IdentitySettings(iterations, tokenTtl, backoffAfterFailures, backoffBase, backoffMax,
                lockAfterFailures, lockDuration);
    }

    /** How long to wait after {@code failures} consecutive failures before the next attempt (zero: no wait). */
    public Duration backoffAfter(int failures) {
        if (failures < backoffAfterFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - backoffAfterFailures, 30);
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
