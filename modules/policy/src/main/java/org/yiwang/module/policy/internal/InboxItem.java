package org.yiwang.module.policy.internal;

import java.time.Instant;

/** A message in an enterprise's inbox: a policy it qualifies for ({@code MATCH}) or subscribed to ({@code SUBSCRIPTION}). */
public record InboxItem(long id, long policyId, String title, String summary, String reason, Instant createdAt,
                        Instant readAt) {
}
