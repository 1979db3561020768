package org.yiwang.kernel.identity.internal;

import java.time.Clock;
import java.util.List;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.audit.AuditLog;

/** Writes the identity service's own audit entries (field names only, never secret values). */
final class Auditor {

    static final String SUCCESS = "success";

    private final AuditLog log;
    private final Clock clock;

    Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(String actor, String action, String entity, String entityId, List<String> fields, String ip,
                String outcome) {
        log.record(new AuditEntry(clock.instant(), actor == null || actor.isBlank() ? "anonymous" : actor, action,
                entity, entityId, fields, ip, outcome));
    }
}
