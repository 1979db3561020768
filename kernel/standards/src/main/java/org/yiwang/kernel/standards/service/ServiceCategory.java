package org.yiwang.kernel.standards.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Service categories of the one-stop SME public-service platform: the eight core categories
 * followed by the additional ones. {@link #code()} is the stable identifier used in data and APIs.
 */
public enum ServiceCategory {
    INFORMATION("information", "信息服务", "Information services", true),
    TALENT_TRAINING("talent-training", "人才培训", "Talent and training", true),
    STARTUP_COACHING("startup-coaching", "创业辅导", "Start-up coaching", true),
    MANAGEMENT_CONSULTING("management-consulting", "管理咨询", "Management consulting", true),
    TECHNOLOGY_SUPPORT("technology-support", "技术支持", "Technology support", true),
    FINANCING_GUARANTEE("financing-guarantee", "融资担保", "Financing and guarantees", true),
    MARKET_DEVELOPMENT("market-development", "市场开拓", "Market development", true),
    LEGAL_AID("legal-aid", "法律援助", "Legal aid", true),
    POLICY_CONSULTING("policy-consulting", "政策咨询", "Policy consulting", false),
    QUALITY_STANDARDS_BRAND("quality-standards-brand", "质量标准品牌", "Quality, standards and brand", false),
    INTERNATIONAL_COOPERATION("international-cooperation", "国际合作", "International cooperation", false),
    /** Includes 防范化解拖欠中小企业账款, labour mediation and compliance. */
    RIGHTS_PROTECTION("rights-protection", "权益保护", "Rights protection (overdue payments, labour mediation, compliance)", false);

    private final String code;
    private final String nameZh;
    private final String nameEn;
    private final boolean core;

    ServiceCategory(String code, String nameZh, String nameEn, boolean core) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.core = core;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** One of the eight core categories. */
    public boolean core() {
        return core;
    }

    /** The eight core categories, in order. */
    public static List<ServiceCategory> coreCategories() {
        return Arrays.stream(values()).filter(ServiceCategory::core).toList();
    }

    /** Looks a category up by its code. */
    public static Optional<ServiceCategory> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
