package org.yiwang.module.policy.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.yiwang.policy}, file {@code etc/org.yiwang.policy.cfg}. */
@ObjectClassDefinition(name = "Yiwang policy", description = "政策直享: search index, expiry job and the matcher's view of the SME database")
public @interface PolicyConfig {

    @AttributeDefinition(description = "Folder of the search index; empty: ${karaf.data}/policy/index")
    String indexDirectory() default "";

    @AttributeDefinition(description = "Minutes between two runs of the expiry job (published policies past expiresOn become EXPIRED); 0 stops it")
    int expirySweepMinutes() default 60;

    @AttributeDefinition(description = "Minutes between two reconciliations of the matcher with the SME database (changes since the last one); 0 stops them")
    int snapshotReconcileMinutes() default 10;

    @AttributeDefinition(description = "Hours between two full reloads of the matcher's snapshot of the SME database (also drops deleted enterprises); 0 stops them")
    int snapshotRebuildHours() default 24;
}
