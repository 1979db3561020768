package org.yiwang.kernel.api.ledger;

import java.time.Instant;

/**
 * What a module gives the ledger when it delivers a service; see {@link ServiceRecord} for the
 * fields. {@code completedAt} and {@code outcome} given: the record is stored completed (and can be
 * rated at once); otherwise it is open until {@link Ledger#complete}.
 */
public record NewServiceRecord(String uscc, String regionCode, String module, String category, String channel,
                               Provider provider, String title, String sourceRef, Instant requestedAt,
                               Instant respondedAt, Instant completedAt, String outcome) {
}
