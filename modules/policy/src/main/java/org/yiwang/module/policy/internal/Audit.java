package org.yiwang.module.policy.internal;

import java.time.Clock;
import java.util.List;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.audit.AuditLog;

/** The module's entity-level audit entries (the kernel logs each write request as well). */
final class Audit {

    private final AuditLog log;
    private final Clock clock;

    Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(String actor, String action, String entity, Object id, List<String> fields) {
        log.record(new AuditEntry(clock.instant(), actor, action, entity, String.valueOf(id), fields, null, "success"));
    }
}
