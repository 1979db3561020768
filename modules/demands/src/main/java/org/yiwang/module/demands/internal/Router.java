package org.yiwang.module.demands.internal;

import java.util.Comparator;
import java.util.List;

/**
 * Picks the responsible window of a new demand: the most specific matching rule (longest region
 * prefix, then category-specific over any, then higher priority, then the older rule); with no
 * matching rule, the window of the demand's own region.
 */
final class Router {

    static final Comparator<Route> MOST_SPECIFIC = Comparator
            .comparingInt((Route r) -> r.regionPrefix().length()).reversed()
            .thenComparing(r -> r.category() == null)
            .thenComparing(Comparator.comparingInt(Route::priority).reversed())
            .thenComparingLong(Route::id);

    private Router() {
    }

    static Window route(List<Route> rules, String region, String category, Regions regions) {
        return rules.stream()
                .filter(r -> region.startsWith(r.regionPrefix()))
                .filter(r -> r.category() == null || r.category().equals(category))
                .min(MOST_SPECIFIC)
                .map(r -> new Window(r.windowRegion(), r.windowName()))
                .orElseGet(() -> regions.windowOf(region));
    }
}
