package org.yiwang.kernel.standards.size;

import java.math.BigDecimal;

/**
 * The facts the size classifier needs. Indicators a category does not use may be null.
 *
 * @param industryCode     GB/T 4754 code at any level, with or without section letter
 * @param employees        从业人员, persons
 * @param operatingRevenue 营业收入, 万元
 * @param totalAssets      资产总额, 万元
 */
public record SmeFacts(String industryCode, Long employees, BigDecimal operatingRevenue, BigDecimal totalAssets) {

    /** Convenience for whole numbers; any argument may be null. */
    public static SmeFacts of(String industryCode, Long employees, Long operatingRevenue, Long totalAssets) {
        return new SmeFacts(industryCode, employees,
                operatingRevenue == null ? null : BigDecimal.valueOf(operatingRevenue),
                totalAssets == null ? null : BigDecimal.valueOf(totalAssets));
    }

    /** The value of one indicator, or null. */
    public BigDecimal value(SizeIndicator indicator) {
        return switch (indicator) {
            case EMPLOYEES -> employees == null ? null : BigDecimal.valueOf(employees);
            case OPERATING_REVENUE -> operatingRevenue;
            case TOTAL_ASSETS -> totalAssets;
        };
    }
}
