package org.yiwang.module.policy.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published policies with their criteria compiled, in memory: what "policies for me" checks an
 * enterprise against (a thousand policies in about a millisecond). Kept in step by
 * {@link PolicyService}; filled from the database when the service starts.
 */
final class PublishedPolicies {

    /** A published policy ready for matching. */
    record Entry(PolicySummary summary, List<String> regions, CompiledCriteria criteria) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    void put(Policy p) {
        entries.put(p.id(), new Entry(p.summary(null), Policies.effectiveRegions(p), Policies.compile(p)));
    }

    void remove(long id) {
        entries.remove(id);
    }

    void clear() {
        entries.clear();
    }

    /** Those not expired on {@code today}. */
    List<Entry> current(LocalDate today) {
        return entries.values().stream()
                .filter(e -> e.summary().expiresOn() == null || !e.summary().expiresOn().isBefore(today)).toList();
    }

    Collection<Entry> all() {
        return entries.values();
    }

    int size() {
        return entries.size();
    }
}
