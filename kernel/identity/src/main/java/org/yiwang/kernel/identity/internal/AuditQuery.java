package org.yiwang.kernel.identity.internal;

import java.time.Instant;

/** Filters of the audit trail; null matches everything. {@code from} inclusive, {@code to} exclusive. */
public record AuditQuery(String actor, String action, String entity, String entityId, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
