package org.yiwang.module.institutions.internal;

import java.util.EnumSet;
import java.util.Set;

/** Where an institution stands in the registry; see {@link Transition} for the moves between them. */
public enum Status {
    APPLIED("已申请"), ADMITTED("已入库"), REJECTED("未通过"), NOTICE_OF_EXIT("出库公示"), APPEALED("申诉中"),
    REMOVED("已出库");

    /** In the registry: shown in the public directory (also during a notice of exit and an appeal). */
    static final Set<Status> LISTED = EnumSet.of(ADMITTED, NOTICE_OF_EXIT, APPEALED);

    private final String nameZh;

    Status(String nameZh) {
        this.nameZh = nameZh;
    }

    String nameZh() {
        return nameZh;
    }

    boolean listed() {
        return LISTED.contains(this);
    }
}
