package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who a policy is for, as data. Every part is optional (null or empty: no restriction); the parts
 * combine with AND, the codes inside one list with OR. Money in 万元, ratios in percent.
 *
 * @param regions     GB/T 2260 codes: the enterprise's region lies in one of these subtrees (empty: the
 *                    policy's own region subtree, or anywhere for a national policy)
 * @param industries  GB/T 4754 codes at any level (section, division, group, class), prefix match
 * @param sizes       size classes {@code LARGE}, {@code MEDIUM}, {@code SMALL}, {@code MICRO}
 * @param tiers       quality tiers {@code BASE}, {@code SPECIALISED}, {@code LITTLE_GIANT}, held and valid
 *                    on the day of matching; a higher tier satisfies a lower one
 * @param minYears    at least this many full years since establishment
 * @param maxYears    at most this many full years since establishment
 */
public record Criteria(List<String> regions, List<String> industries, List<String> sizes, List<String> tiers,
                       Integer minYears, Integer maxYears, Integer minEmployees, Integer maxEmployees,
                       BigDecimal minRevenue, BigDecimal maxRevenue, BigDecimal minRdRatio, BigDecimal maxRdRatio,
                       BigDecimal minRdExpense, BigDecimal maxRdExpense) {

    public static final Criteria NONE = new Criteria(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    public Criteria {
        regions = regions == null ? List.of() : List.copyOf(regions);
        industries = industries == null ? List.of() : List.copyOf(industries);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** The same criteria with other regions. */
    Criteria withRegions(List<String> r) {
        return new Criteria(r, industries, sizes, tiers, minYears, maxYears, minEmployees, maxEmployees, minRevenue,
                maxRevenue, minRdRatio, maxRdRatio, minRdExpense, maxRdExpense);
    }
}
