package org.yiwang.module.policy.internal;

import java.util.List;

/** Body of {@code PUT /api/policy/subscriptions}: service category codes and tags (both empty: unsubscribe). */
public record SubscriptionInput(List<String> categories, List<String> tags) {
}
