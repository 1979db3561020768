package org.yiwang.kernel.standards.tier;

import java.util.List;

/**
 * A requirement of a tier: one ungrouped criterion, or a group of alternatives.
 *
 * @param id       the criterion id, or the group id
 * @param status   combined status (a group is met when one alternative is fully met)
 * @param criteria the results of the criteria it consists of
 */
public record RequirementResult(String id, CriterionStatus status, List<CriterionResult> criteria) {

    public RequirementResult {
        criteria = List.copyOf(criteria);
    }
}
