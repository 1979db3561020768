package org.yiwang.module.demands.internal;

import java.time.Instant;

/**
 * A routing rule: demands from regions whose code starts with {@code regionPrefix} and of
 * {@code category} (null: any) go to the window of {@code windowRegion}. The most specific rule wins:
 * longest prefix, then a category over any, then the higher {@code priority}, then the older rule.
 */
public record Route(long id, String regionPrefix, String category, String windowRegion, String windowName,
                    int priority, Instant createdAt, String createdBy) {
}
