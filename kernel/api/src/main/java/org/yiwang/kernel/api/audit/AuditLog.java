package org.yiwang.kernel.api.audit;

/** Where every write is recorded; provided by the identity service. Appends only. */
public interface AuditLog {

    void record(AuditEntry entry);
}
