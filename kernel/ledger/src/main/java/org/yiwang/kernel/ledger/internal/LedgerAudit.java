package org.yiwang.kernel.ledger.internal;

import java.time.Clock;
import java.util.List;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.security.Caller;

/** The ledger's own audit entries: who did what to which record, with field names only. */
final class LedgerAudit {

    static final String ENTITY = "service-record";

    private final AuditLog log;
    private final Clock clock;

    LedgerAudit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(Caller actor, String action, String recordId, List<String> fields) {
        String who = actor == null || actor.username() == null ? "anonymous" : actor.username();
        log.record(new AuditEntry(clock.instant(), who, action, ENTITY, recordId, fields, null, "success"));
    }
}
