package org.yiwang.module.policy.internal;

import java.time.Instant;

/** One step of a policy's history: an action (CREATE, EDIT, SUBMIT, …) with who, when and the version. */
public record HistoryEntry(long id, String action, Status from, Status to, int version, Instant at, String by,
                           String note) {
}
