package org.yiwang.module.demands.internal;

import static org.yiwang.module.demands.internal.Status.ACCEPTED;
import static org.yiwang.module.demands.internal.Status.CLOSED;
import static org.yiwang.module.demands.internal.Status.FOLLOWED_UP;
import static org.yiwang.module.demands.internal.Status.IN_PROGRESS;
import static org.yiwang.module.demands.internal.Status.REJECTED;
import static org.yiwang.module.demands.internal.Status.RESOLVED;
import static org.yiwang.module.demands.internal.Status.SUBMITTED;
import static org.yiwang.module.demands.internal.Status.WITHDRAWN;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle, in one table: each status-changing action, the states it may start from, the state
 * it leads to, who may take it, and the path segment of its endpoint. Any other move is refused
 * with 409. Transfers, reminders and escalations do not change the status (see {@link Status#OPEN}).
 */
public enum Action {
    ACCEPT("accept", EnumSet.of(SUBMITTED), ACCEPTED, Party.STAFF, "ACCEPTED"),
    START("start", EnumSet.of(ACCEPTED), IN_PROGRESS, Party.STAFF, "STARTED"),
    RESOLVE("resolve", EnumSet.of(IN_PROGRESS), RESOLVED, Party.STAFF, "RESOLVED"),
    FOLLOW_UP("follow-up", EnumSet.of(RESOLVED), FOLLOWED_UP, Party.STAFF, "FOLLOWED_UP"),
    CLOSE("close", EnumSet.of(FOLLOWED_UP), CLOSED, Party.STAFF, "CLOSED"),
    REJECT("reject", EnumSet.of(SUBMITTED, ACCEPTED), REJECTED, Party.STAFF, "REJECTED"),
    WITHDRAW("withdraw", EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS), WITHDRAWN, Party.ENTERPRISE, "WITHDRAWN");

    /** Who may take an action: window staff (demands.handle covering the window) or the demand's enterprise. */
    enum Party { STAFF, ENTERPRISE }

    private final String path;
    private final Set<Status> from;
    private final Status to;
    private final Party party;
    private final String event;

    Action(String path, Set<Status> from, Status to, Party party, String event) {
        this.path = path;
        this.from = from;
        this.to = to;
        this.party = party;
        this.event = event;
    }

    public String path() {
        return path;
    }

    public Status to() {
        return to;
    }

    Party party() {
        return party;
    }

    /** The EventAdmin event name published after the action. */
    String event() {
        return event;
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    public static Optional<Action> ofPath(String path) {
        for (Action a : values()) {
            if (a.path.equals(path)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
