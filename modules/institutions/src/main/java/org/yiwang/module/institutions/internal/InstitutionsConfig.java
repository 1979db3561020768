package org.yiwang.module.institutions.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.yiwang.institutions}, file {@code etc/org.yiwang.institutions.cfg}. */
@ObjectClassDefinition(name = "Yiwang institutions", description = "The exit job of 服务机构库 (expired qualifications, appeal deadlines)")
public @interface InstitutionsConfig {

    @AttributeDefinition(description = "Seconds between two runs of the exit job; 0 stops it")
    int exitSweepSeconds() default 3600;
}
