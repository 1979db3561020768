package org.yiwang.module.demands.internal;

import java.time.Instant;

/**
 * One line of a demand's history: a lifecycle action ({@code SUBMIT}, {@code ACCEPT}, …) or a
 * {@code TRANSFER}, {@code REMIND} or {@code ESCALATE}, with the states before and after, when, by
 * whom and why; for transfers and escalations the windows (or institution) involved.
 */
public record HistoryEntry(long id, String action, Status from, Status to, Instant at, String by, String reason,
                           String fromWindow, String toWindow, String toInstitution) {
}
