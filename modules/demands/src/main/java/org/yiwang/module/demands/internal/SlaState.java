package org.yiwang.module.demands.internal;

/** The colour of a demand in the staff queue. */
public enum SlaState {
    /** Before the reminder point (or resolved in time). */
    ON_TIME,
    /** Past the reminder point, deadline not yet reached. */
    DUE_SOON,
    /** Past the deadline while open, or resolved after it. */
    OVERDUE
}
