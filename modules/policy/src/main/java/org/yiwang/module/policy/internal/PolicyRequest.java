package org.yiwang.module.policy.internal;

import java.time.Instant;

/** A consultation about a policy or an application for its benefit, with its service record in the ledger. */
public record PolicyRequest(long id, long policyId, String kind, String uscc, String regionCode, String text,
                            String channel, String ledgerRecordId, String ledgerStatus, Instant createdAt,
                            String createdBy) {
}
