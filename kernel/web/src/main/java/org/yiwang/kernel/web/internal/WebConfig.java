package org.yiwang.kernel.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.yiwang.web}, file {@code etc/org.yiwang.web.cfg}. */
@ObjectClassDefinition(name = "Yiwang REST container")
public @interface WebConfig {

    @AttributeDefinition(description = "Largest request body accepted, in bytes (413 above it)")
    long maxBodyBytes() default 1_048_576;

    @AttributeDefinition(description = "Quiet time before the REST container is rebuilt after resources come or go, in ms")
    long reloadDebounceMillis() default 50;
}
