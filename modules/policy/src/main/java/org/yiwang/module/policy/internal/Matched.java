package org.yiwang.module.policy.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The enterprises one policy matches: rows of the snapshot (bit set, in region order) followed by
 * enterprises changed since the snapshot was built (the overlay), which replace their old rows.
 */
final class Matched {

    private final Snapshot base;
    private final BulkMatcher.Result result;
    private final List<String> extraMet;
    private final int extraUnknown;

    Matched(Snapshot base, BulkMatcher.Result result, List<String> extraMet, int extraUnknown) {
        this.base = base;
        this.result = result;
        this.extraMet = extraMet;
        this.extraUnknown = extraUnknown;
    }

    int total() {
        return result.metCount() + extraMet.size();
    }

    /** Enterprises not known to fail but missing data for some criterion (not counted as matches). */
    int unknown() {
        return result.unknownCount() + extraUnknown;
    }

    /** USCCs from position {@code offset} (0-based), at most {@code limit}. */
    List<String> usccs(long offset, int limit) {
        List<String> out = new ArrayList<>(Math.min(limit, 1024));
        long skip = offset;
        long[] met = result.met();
        for (int w = result.fromWord(); w < result.toWord() && out.size() < limit; w++) {
            long word = met[w];
            int c = Long.bitCount(word);
            if (skip >= c) {
                skip -= c;
                continue;
            }
            while (word != 0 && out.size() < limit) {
                int bit = Long.numberOfTrailingZeros(word);
                word &= word - 1;
                if (skip > 0) {
                    skip--;
                    continue;
                }
                out.add(base.uscc((w << 6) + bit));
            }
        }
        for (int i = (int) Math.max(0, skip); i < extraMet.size() && out.size() < limit; i++) {
            out.add(extraMet.get(i));
        }
        return out;
    }
}
