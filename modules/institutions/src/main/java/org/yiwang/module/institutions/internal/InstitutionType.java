package org.yiwang.module.institutions.internal;

/** The kinds of service institution. */
public enum InstitutionType {
    PUBLIC_CENTRE("公共服务中心"), MARKET_PROVIDER("市场化服务机构"), UNIVERSITY("高等院校"),
    RESEARCH_INSTITUTE("科研院所"), ASSOCIATION("行业协会商会");

    private final String nameZh;

    InstitutionType(String nameZh) {
        this.nameZh = nameZh;
    }

    String nameZh() {
        return nameZh;
    }
}
