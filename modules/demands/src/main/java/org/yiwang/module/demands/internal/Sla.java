package org.yiwang.module.demands.internal;

import java.time.Duration;
import java.time.Instant;

/** SLA arithmetic at one instant: the reminder point and the colour of a demand. */
record Sla(Instant now, int reminderPercent) {

    /** When the window is reminded: {@code reminderPercent} of the way from submission to the deadline. */
    Instant remindAt(Instant submitted, Instant due) {
        long millis = Duration.between(submitted, due).toMillis();
        return submitted.plusMillis(millis * reminderPercent / 100);
    }

    SlaState state(Status status, Instant submitted, Instant due, Instant resolvedAt) {
        if (Status.OPEN.contains(status)) {
            if (!now.isBefore(due)) {
                return SlaState.OVERDUE;
            }
            return now.isBefore(remindAt(submitted, due)) ? SlaState.ON_TIME : SlaState.DUE_SOON;
        }
        return resolvedAt != null && resolvedAt.isAfter(due) ? SlaState.OVERDUE : SlaState.ON_TIME;
    }
}
