package org.yiwang.kernel.api.ledger;

import java.time.Instant;

/** A follow-up visit (回访) on a service record: when, by whom, how, and what was said. */
public record FollowUp(String id, String recordId, Instant at, String by, String channel, String notes) {
}
