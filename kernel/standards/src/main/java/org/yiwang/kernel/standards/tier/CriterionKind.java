package org.yiwang.kernel.standards.tier;

/** How a criterion tests its indicator. */
public enum CriterionKind {
    /** number ≥ threshold. */
    GE,
    /** number &gt; threshold. */
    GT,
    /** number ≤ threshold. */
    LE,
    /** number &lt; threshold. */
    LT,
    /** A declared boolean must be true. */
    FLAG,
    /** A human-judgement fact must have been confirmed true by staff. */
    CONFIRMED;

    /** Whether the kind compares a number with a threshold. */
    public boolean numeric() {
        return this == GE || this == GT || this == LE || this == LT;
    }
}
