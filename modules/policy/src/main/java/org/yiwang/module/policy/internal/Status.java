package org.yiwang.module.policy.internal;

/** Where a policy stands; see {@link Action} for the moves between them. */
public enum Status {
    DRAFT("草稿"), IN_REVIEW("审核中"), PUBLISHED("已发布"), EXPIRED("已失效"), WITHDRAWN("已撤回");

    private final String nameZh;

    Status(String nameZh) {
        this.nameZh = nameZh;
    }

    String nameZh() {
        return nameZh;
    }
}
