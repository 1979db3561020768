package org.yiwang.kernel.standards.tier;

/** Outcome of one criterion or group. */
public enum CriterionStatus {
    MET,
    NOT_MET,
    /** A value is missing, or a human-judgement fact has not been confirmed by staff. */
    NEEDS_CONFIRMATION
}
