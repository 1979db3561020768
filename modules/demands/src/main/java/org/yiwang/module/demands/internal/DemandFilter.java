package org.yiwang.module.demands.internal;

import java.util.Set;

/**
 * What a list may show: {@code uscc} (an enterprise's own), {@code scopePrefix} (staff: demands whose
 * window or own region lies in their subtree; null: everywhere), {@code windowPrefix} (the
 * {@code region} query: window in that subtree), statuses (empty: any), overdue (null: either) and
 * category (null: any).
 */
record DemandFilter(String uscc, String scopePrefix, String windowPrefix, Set<Status> statuses, Boolean overdue,
                    String category) {
}
