package org.yiwang.module.policy.internal;

/**
 * The outcome of a criterion or of a whole policy for one enterprise: {@code UNKNOWN} when data the
 * criterion needs is missing from the SME database (counts as not met for matching and
 * notification by match, but is shown, explained, as "possibly eligible").
 */
public enum Verdict {
    MET, NOT_MET, UNKNOWN;

    static Verdict all(Iterable<Verdict> parts) {
        Verdict out = MET;
        for (Verdict v : parts) {
            if (v == NOT_MET) {
                return NOT_MET;
            }
            if (v == UNKNOWN) {
                out = UNKNOWN;
            }
        }
        return out;
    }
}
