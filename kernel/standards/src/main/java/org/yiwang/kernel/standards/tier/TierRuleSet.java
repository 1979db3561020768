package org.yiwang.kernel.standards.tier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A versioned set of tier criteria (one decree, or a province's variant).
 *
 * @param id            e.g. {@code MIIT-2022-63}
 * @param title         the decree's title
 * @param effectiveFrom first application date it applies to
 * @param confidence    how sure the data is (free text from the data file)
 * @param namesZh       tier → Chinese name
 * @param namesEn       tier → English name
 * @param criteria      every criterion, in file order
 */
public record TierRuleSet(String id, String title, LocalDate effectiveFrom, String confidence,
                          Map<Tier, String> namesZh, Map<Tier, String> namesEn, List<Criterion> criteria) {

    public TierRuleSet {
        namesZh = Map.copyOf(namesZh);
        namesEn = Map.copyOf(namesEn);
        criteria = List.copyOf(criteria);
        for (Tier t : Tier.values()) {
            if (!namesZh.containsKey(t) || criteria.stream().noneMatch(c -> c.tier() == t)) {
                throw new IllegalArgumentException(id + ": tier " + t + " needs a name and at least one criterion");
            }
        }
        if (criteria.stream().map(Criterion::id).distinct().count() != criteria.size()) {
            throw new IllegalArgumentException(id + ": criterion ids must be unique");
        }
    }

    /** The criteria of one tier, in file order. */
    public List<Criterion> criteriaFor(Tier tier) {
        return criteria.stream().filter(c -> c.tier() == tier).toList();
    }

    /** Chinese name of a tier under this rule set. */
    public String nameZh(Tier tier) {
        return namesZh.get(tier);
    }
}
