package org.yiwang.module.policy.internal;

import java.time.LocalDate;

/**
 * A public search, validated: words ({@code q}, may be null), the region the policies must apply
 * to (the region, its ancestors or national), level, category, and a day the policy must be in
 * force on; {@code today} excludes policies past their expiry.
 */
record SearchQuery(String q, String region, Level level, String category, LocalDate inForceOn, LocalDate today) {
}
