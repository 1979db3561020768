package org.yiwang.module.institutions.internal;

import java.time.Instant;

/**
 * An enterprise's request for a product, as the enterprise, the institution and staff see it:
 * {@code OPEN} (new), {@code IN_PROGRESS} (accepted by the institution), {@code COMPLETED} (with
 * its outcome); {@code ledgerRecordId} is the service record in the kernel ledger.
 */
public record ServiceRequest(long id, long institutionId, String institutionName, long productId, String productName,
                             String category, String uscc, String region, String note, String status, String outcome,
                             String ledgerRecordId, Instant requestedAt, Instant acceptedAt, Instant completedAt) {
}
