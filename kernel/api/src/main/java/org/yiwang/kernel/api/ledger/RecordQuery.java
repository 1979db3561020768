package org.yiwang.kernel.api.ledger;

import java.time.Instant;

/** Filters of {@link Ledger#search}; null means any. Times are half-open {@code [from, to)} on requestedAt. */
public record RecordQuery(String region, String uscc, String module, String provider, String category,
                          ServiceRecord.Status status, Boolean rated, Instant from, Instant to) {

    public static RecordQuery all() {
        return new RecordQuery(null, null, null, null, null, null, null, null, null);
    }
}
