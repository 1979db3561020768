package org.yiwang.kernel.enterprises.internal;

import java.util.List;

/** The enterprise fields by their JSON names: import/export column keys and field-error paths. */
final class Fields {

    static final String USCC = "uscc";
    static final String NAME = "name";
    static final String REGION = "regionCode";
    static final String INDUSTRY = "industryCode";
    static final String SIZE = "sizeClass";
    static final String EMPLOYEES = "employees";
    static final String REVENUE = "operatingRevenue";
    static final String ASSETS = "totalAssets";
    static final String ESTABLISHED = "establishedOn";
    static final String RD_EXPENSE = "rdExpense";
    static final String IP_CLASS_ONE = "ipClassOne";
    static final String IP_TOTAL = "ipTotal";
    static final String TIERS = "tiers";
    static final String CONTACTS = "contacts";
    static final String TAGS = "tags";

    /** Columns of the CSV/XLSX import and the CSV export, in export order. */
    static final List<String> COLUMNS = List.of(USCC, NAME, REGION, INDUSTRY, SIZE, EMPLOYEES, REVENUE, ASSETS,
            ESTABLISHED, RD_EXPENSE, IP_CLASS_ONE, IP_TOTAL, TIERS, CONTACTS, TAGS);

    /** Columns an import file must have. */
    static final List<String> REQUIRED_COLUMNS = List.of(USCC, NAME, REGION, INDUSTRY);

    /** Chinese column headers accepted on import, parallel to {@link #COLUMNS}. */
    static final List<String> COLUMNS_ZH = List.of("统一社会信用代码", "企业名称", "行政区划代码", "行业代码", "企业规模",
            "从业人员", "营业收入", "资产总额", "成立日期", "研发费用", "一类知识产权", "知识产权总数", "梯度培育", "联系人", "标签");

    private Fields() {
    }

    /** The column a field-error path belongs to: {@code contacts[1].email} → {@code contacts}. */
    static String columnOf(String fieldPath) {
        int cut = fieldPath.length();
        for (int i = 0; i < fieldPath.length(); i++) {
            char c = fieldPath.charAt(i);
            if (c == '[' || c == '.') {
                cut = i;
                break;
            }
        }
        return fieldPath.substring(0, cut);
    }
}
