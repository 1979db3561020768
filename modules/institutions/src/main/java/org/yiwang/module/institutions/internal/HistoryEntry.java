package org.yiwang.module.institutions.internal;

import java.time.Instant;

/**
 * One line of an institution's registry history: the transition ({@code APPLY}, {@code ADMIT},
 * {@code NOTICE}, …, or {@code EVALUATE}, {@code PROFILE_APPROVED}, … that keep the status), the
 * states before and after, when, by whom and why.
 */
public record HistoryEntry(long id, String action, Status from, Status to, Instant at, String by, String reason) {
}
