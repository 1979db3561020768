package org.yiwang.kernel.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.yiwang.persistence}, file {@code etc/org.yiwang.persistence.cfg}. */
@ObjectClassDefinition(name = "Yiwang persistence", description = "The platform database")
public @interface PersistenceConfig {

    @AttributeDefinition(description = "Database type. Only 'derby-embedded' is implemented in this release.")
    String type() default "derby-embedded";

    @AttributeDefinition(description = "Folder of the embedded Derby database; empty means ${karaf.data}/yiwang/derby")
    String derby_directory() default "";

    @AttributeDefinition(description = "Derby page cache in 4 KiB pages (Derby's own default, 1000, is 4 MiB); read when"
            + " Derby starts, so a change needs a restart")
    int derby_pageCacheSize() default 16000;
}
