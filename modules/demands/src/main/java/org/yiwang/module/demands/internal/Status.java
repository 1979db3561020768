package org.yiwang.module.demands.internal;

import java.util.EnumSet;
import java.util.Set;

/** Where a demand stands in its lifecycle; see {@link Action} for the transitions between them. */
public enum Status {
    SUBMITTED("已提交"), ACCEPTED("已受理"), IN_PROGRESS("办理中"), RESOLVED("已办结"), FOLLOWED_UP("已回访"),
    CLOSED("已关闭"), REJECTED("不予受理"), WITHDRAWN("已撤回");

    /** States in which the demand is still being handled: the SLA clock runs, it can be transferred. */
    static final Set<Status> OPEN = EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS);
    /** States after resolution, in which the enterprise may rate the service. */
    static final Set<Status> RATEABLE = EnumSet.of(RESOLVED, FOLLOWED_UP, CLOSED);

    private final String nameZh;

    Status(String nameZh) {
        this.nameZh = nameZh;
    }

    String nameZh() {
        return nameZh;
    }
}
