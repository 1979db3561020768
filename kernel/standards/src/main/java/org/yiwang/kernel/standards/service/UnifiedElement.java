package org.yiwang.kernel.standards.service;

/** What is unified across the levels of the network (五统一). */
public enum UnifiedElement {
    NAME("统一名称", "Name"),
    LOGO("统一标识", "Logo"),
    DOMAIN("统一域名", "Domain"),
    HOTLINE("统一热线", "Hotline number"),
    WORKFLOW("统一流程", "Workflow");

    private final String nameZh;
    private final String nameEn;

    UnifiedElement(String nameZh, String nameEn) {
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
