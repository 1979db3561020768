package org.yiwang.module.institutions.internal;

import static org.yiwang.module.institutions.internal.Status.ADMITTED;
import static org.yiwang.module.institutions.internal.Status.APPEALED;
import static org.yiwang.module.institutions.internal.Status.APPLIED;
import static org.yiwang.module.institutions.internal.Status.NOTICE_OF_EXIT;
import static org.yiwang.module.institutions.internal.Status.REJECTED;
import static org.yiwang.module.institutions.internal.Status.REMOVED;

import java.util.EnumSet;
import java.util.Set;

/**
 * Entry and exit, in one table: each status change, the states it may start from, the state it
 * leads to and the event it publishes. Any other move is refused with 409.
 */
public enum Transition {
    /** The public application (入库申请). */
    APPLY("apply", EnumSet.noneOf(Status.class), APPLIED, "APPLIED"),
    /**
     * A rejected or removed institution applies again: the same record and history, a new current
     * profile and a new pending account; staff review it like a first application.
     */
    REAPPLY("reapply", EnumSet.of(REJECTED, REMOVED), APPLIED, "APPLIED"),
    /** Staff admit the applicant: it is listed and its accounts become active. */
    ADMIT("admit", EnumSet.of(APPLIED), ADMITTED, "ADMITTED"),
    /** Staff turn the application down, with a reason. */
    REJECT("reject", EnumSet.of(APPLIED), REJECTED, "REJECTED"),
    /** A score below the threshold, an expired required qualification, or staff: notice of exit with an appeal deadline. */
    NOTICE("exit-notice", EnumSet.of(ADMITTED), NOTICE_OF_EXIT, "EXIT_NOTICE"),
    /** The institution appeals before the deadline. */
    APPEAL("appeal", EnumSet.of(NOTICE_OF_EXIT), APPEALED, "APPEALED"),
    /** Staff uphold the appeal: back in the registry. */
    REINSTATE("reinstate", EnumSet.of(APPEALED), ADMITTED, "REINSTATED"),
    /** Staff dismiss the appeal, or the deadline passed without one: out of the registry, accounts disabled. */
    REMOVE("remove", EnumSet.of(NOTICE_OF_EXIT, APPEALED), REMOVED, "REMOVED");

    private final String path;
    private final Set<Status> from;
    private final Status to;
    private final String event;

    Transition(String path, Set<Status> from, Status to, String event) {
        this.path = path;
        this.from = from;
        this.to = to;
        this.event = event;
    }

    public String path() {
        return path;
    }

    public Status to() {
        return to;
    }

    String event() {
        return event;
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }
}
