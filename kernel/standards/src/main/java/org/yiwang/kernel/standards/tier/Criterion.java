package org.yiwang.kernel.standards.tier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One criterion of a tier, as data.
 *
 * @param tier        the tier it belongs to
 * @param id          stable id within the rule set, e.g. {@code lg-debt}
 * @param group       null when required on its own; else the id of a group of alternatives
 * @param alternative within a group, criteria with the same number must all be met (0 when ungrouped)
 * @param kind        comparison, declared flag or staff-confirmed fact
 * @param indicator   the fact's name, e.g. {@code debtRatio}
 * @param threshold   for numeric kinds; null otherwise
 * @param labelZh     Chinese label
 * @param labelEn     English label
 */
public record Criterion(Tier tier, String id, String group, int alternative, CriterionKind kind, String indicator,
                        BigDecimal threshold, String labelZh, String labelEn) {

    public Criterion {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(indicator, "indicator");
        if (kind.numeric() != (threshold != null)) {
            throw new IllegalArgumentException(id + ": numeric kinds need a threshold, other kinds none");
        }
        if ((group == null) != (alternative == 0)) {
            throw new IllegalArgumentException(id + ": grouped criteria need an alternative number ≥ 1");
        }
    }
}
