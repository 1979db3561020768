package org.yiwang.kernel.standards.service;

/** The "six disclosures" (六公开) every service publishes. */
public enum Disclosure {
    ITEM("服务项目", "Service item"),
    CONTENT("服务内容", "Content"),
    PROCESS("服务流程", "Process"),
    STANDARD("服务标准", "Standard"),
    SUPERVISION("监督方式", "Supervision"),
    CONTACT("联系方式", "Contact");

    private final String nameZh;
    private final String nameEn;

    Disclosure(String nameZh, String nameEn) {
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
