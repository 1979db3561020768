package org.yiwang.kernel.standards.tier;

/** Overall outcome of a tier evaluation. */
public enum TierVerdict {
    /** Every requirement met. */
    QUALIFIES,
    /** At least one requirement not met. */
    DOES_NOT_QUALIFY,
    /** Nothing failed, but some requirement still needs a value or a staff confirmation. */
    NEEDS_CONFIRMATION
}
