package org.yiwang.kernel.api.ledger;

import java.time.Instant;

/**
 * The scope of {@link Ledger#kpis}: a region subtree (null: the caller's own), a period
 * {@code [from, to)} on requestedAt (null: unbounded), a module and a provider id (null: all).
 */
public record KpiQuery(String region, Instant from, Instant to, String module, String provider) {
}
