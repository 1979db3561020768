package org.yiwang.kernel.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must hold this permission (e.g. {@code enterprises.write}) through the roles of its
 * account (administrators hold every permission); a method-level annotation overrides the
 * class-level one. Anonymous callers get 401, callers lacking it 403.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** The permission id, {@code <module>.<action>}. */
    String value();
}
