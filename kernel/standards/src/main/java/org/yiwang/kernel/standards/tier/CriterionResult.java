package org.yiwang.kernel.standards.tier;

/**
 * How one criterion fared.
 *
 * @param criterion the criterion
 * @param status    met, not met, or needs confirmation
 * @param detail    English sentence with the value and the threshold, or what is missing
 */
public record CriterionResult(Criterion criterion, CriterionStatus status, String detail) {
}
