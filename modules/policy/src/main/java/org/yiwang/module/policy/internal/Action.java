package org.yiwang.module.policy.internal;

import static org.yiwang.module.policy.internal.Status.DRAFT;
import static org.yiwang.module.policy.internal.Status.EXPIRED;
import static org.yiwang.module.policy.internal.Status.IN_REVIEW;
import static org.yiwang.module.policy.internal.Status.PUBLISHED;
import static org.yiwang.module.policy.internal.Status.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle in one table: each action, the states it may start from, where it leads, the
 * permission it needs and the event it posts. Anything else is a 409. {@code EXPIRE} is taken by
 * the expiry job (and by reads) when {@code expiresOn} has passed, never through the API.
 */
public enum Action {
    SUBMIT("submit", EnumSet.of(DRAFT), IN_REVIEW, PolicyModule.EDIT, "SUBMITTED"),
    RETURN("return", EnumSet.of(IN_REVIEW), DRAFT, PolicyModule.REVIEW, "RETURNED"),
    PUBLISH("publish", EnumSet.of(IN_REVIEW), PUBLISHED, PolicyModule.PUBLISH, "PUBLISHED"),
    WITHDRAW("withdraw", EnumSet.of(PUBLISHED, IN_REVIEW), WITHDRAWN, PolicyModule.PUBLISH, "WITHDRAWN"),
    EXPIRE("expire", EnumSet.of(PUBLISHED), EXPIRED, null, "EXPIRED");

    private final String path;
    private final Set<Status> from;
    private final Status to;
    private final String permission;
    private final String event;

    Action(String path, Set<Status> from, Status to, String permission, String event) {
        this.path = path;
        this.from = from;
        this.to = to;
        this.permission = permission;
        this.event = event;
    }

    String path() {
        return path;
    }

    Status to() {
        return to;
    }

    String permission() {
        return permission;
    }

    String event() {
        return event;
    }

    boolean allowedFrom(Status status) {
        return from.contains(status);
    }
}
