package org.yiwang.module.demands.internal;

/** The body of {@code POST /api/demands/routes}; {@code category} null or blank means any. */
public record NewRoute(String regionPrefix, String category, String windowRegion, String windowName,
                       Integer priority) {
}
