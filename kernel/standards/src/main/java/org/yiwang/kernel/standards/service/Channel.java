package org.yiwang.kernel.standards.service;

/** How a service is delivered. */
public enum Channel {
    ONLINE("线上", "Online"),
    OFFLINE("线下", "Offline (at a service point)"),
    HOTLINE("热线", "Hotline"),
    ON_SITE("上门", "On site (at the enterprise)");

    private final String nameZh;
    private final String nameEn;

    Channel(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
