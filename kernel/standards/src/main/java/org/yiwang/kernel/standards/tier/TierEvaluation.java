package org.yiwang.kernel.standards.tier;

import java.util.List;

/**
 * Outcome of evaluating an enterprise's facts for a tier.
 *
 * @param ruleSetId    the rule set applied
 * @param tier         the tier evaluated
 * @param tierName     the tier's Chinese name in that rule set
 * @param verdict      overall verdict
 * @param requirements every requirement with every criterion explained
 */
public record TierEvaluation(String ruleSetId, Tier tier, String tierName, TierVerdict verdict,
                             List<RequirementResult> requirements) {

    public TierEvaluation {
        requirements = List.copyOf(requirements);
    }

    /** Every criterion result, flattened, in rule-set order. */
    public List<CriterionResult> criteria() {
        return requirements.stream().flatMap(r -> r.criteria().stream()).toList();
    }

    /** The result for one criterion id. */
    public CriterionResult criterion(String id) {
        return criteria().stream().filter(c -> c.criterion().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + id + " in " + ruleSetId));
    }
}
