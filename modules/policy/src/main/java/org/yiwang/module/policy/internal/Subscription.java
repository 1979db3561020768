package org.yiwang.module.policy.internal;

import java.time.Instant;
import java.util.List;

/** What an enterprise subscribed to: service categories and tags of new policies. */
public record Subscription(List<String> categories, List<String> tags, Instant updatedAt) {
}
