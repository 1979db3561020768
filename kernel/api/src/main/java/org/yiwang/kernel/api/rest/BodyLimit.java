package org.yiwang.kernel.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises the request-body limit for one endpoint (uploads, imports) above the platform default
 * ({@code maxBodyBytes} in {@code etc/org.yiwang.web.cfg}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** Largest accepted body in bytes. */
    long value();
}
