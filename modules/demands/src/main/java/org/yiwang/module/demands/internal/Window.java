package org.yiwang.module.demands.internal;

/** A service window: the region it serves and its display name. */
record Window(String region, String name) {
}
