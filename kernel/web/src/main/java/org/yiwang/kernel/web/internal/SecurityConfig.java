package org.yiwang.kernel.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@code org.yiwang.security}, file {@code etc/org.yiwang.security.cfg}: the interim
 * administrator gate used until the identity service lands.
 */
@ObjectClassDefinition(name = "Yiwang interim administrator gate")
public @interface SecurityConfig {

    @AttributeDefinition(description = "SHA-256 (hex) of the interim administrator token; empty: every"
            + " protected endpoint refuses. Generate with: printf %s \"$TOKEN\" | sha256sum")
    String adminTokenSha256() default "";
}
