package org.yiwang.kernel.identity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.yiwang.identity}, file {@code etc/org.yiwang.identity.cfg}. */
@ObjectClassDefinition(name = "Yiwang identity", description = "Password hashing, tokens, login backoff and lockout")
public @interface IdentityConfig {

    @AttributeDefinition(description = "PBKDF2WithHmacSHA256 iterations for new and upgraded hashes"
            + " (below 210000 is logged as unsafe)")
    int passwordIterations() default IdentitySettings.DEFAULT_ITERATIONS;

    @AttributeDefinition(description = "Lifetime of a bearer token, in minutes")
    int tokenTtlMinutes() default 480;

    @AttributeDefinition(description = "Consecutive failed logins after which each further attempt must wait")
    int backoffAfterFailures() default 5;

    @AttributeDefinition(description = "Wait after the first failure past the backoff threshold, in seconds;"
            + " doubles with every further failure")
    int backoffBaseSeconds() default 2;

    @AttributeDefinition(description = "Longest backoff wait, in seconds")
    int backoffMaxSeconds() default 300;

    @AttributeDefinition(description = "Consecutive failed logins that lock the account")
    int lockAfterFailures() default 10;

    @AttributeDefinition(description = "How long a locked account stays locked, in minutes")
    int lockMinutes() default 15;
}
