package org.yiwang.module.demands.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.yiwang.demands}, file {@code etc/org.yiwang.demands.cfg}. */
@ObjectClassDefinition(name = "Yiwang demands", description = "The SLA job of 诉求直办 (reminders and escalations)")
public @interface DemandsConfig {

    @AttributeDefinition(description = "Seconds between two runs of the SLA job (reminders, escalations); 0 stops it")
    int slaSweepSeconds() default 300;
}
