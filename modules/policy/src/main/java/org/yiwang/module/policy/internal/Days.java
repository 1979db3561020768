package org.yiwang.module.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Policy dates are calendar days in China Standard Time. */
final class Days {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Days() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
