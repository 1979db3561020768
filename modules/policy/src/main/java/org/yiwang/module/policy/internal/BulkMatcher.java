package org.yiwang.module.policy.internal;

import java.time.LocalDate;

/**
 * One policy against the whole {@link Snapshot}. Region criteria become row ranges (rows are sorted
 * by region), industry divisions and sections, size classes and tiers become bit-set ANDs over
 * that range only; the numeric criteria (years, employees, revenue, R&amp;D) and industry groups or
 * classes are then checked row by row on the few surviving candidates. The result has the same
 * verdict as {@link CompiledCriteria#verdict} for every row (a test checks it on random data).
 */
final class BulkMatcher {

    /** Rows meeting every criterion, and rows not failing any but missing data for one (UNKNOWN). */
    record Result(long[] met, long[] unknown, int fromWord, int toWord) {
        int metCount() {
            return Bits.count(met, fromWord, toWord);
        }

        int unknownCount() {
            return Bits.count(unknown, fromWord, toWord);
        }
    }

    private BulkMatcher() {
    }

    /**
     * @param scopeLo first row of a scope (e.g. the staff's region), {@code 0} for all
     * @param scopeHi end of the scope (exclusive), {@code s.n} for all
     */
    static Result match(Snapshot s, CompiledCriteria c, LocalDate day, int scopeLo, int scopeHi) {
        int n = s.n;
        long[] met = Bits.of(n);
        long[] poss = Bits.of(n);
        // Region: ranges of rows; rows of unknown region are "possible" when the criterion has regions.
        int lo = n;
        int hi = 0;
        if (c.regionLo.length == 0) {
            Bits.setRange(met, scopeLo, scopeHi);
            Bits.setRange(poss, scopeLo, scopeHi);
            lo = scopeLo;
            hi = scopeHi;
        } else {
            for (int i = 0; i < c.regionLo.length; i++) {
                int a = Math.max(scopeLo, s.lowerBound(c.regionLo[i]));
                int b = Math.min(scopeHi, s.lowerBound(c.regionHi[i] + 1));
                if (a < b) {
                    Bits.setRange(met, a, b);
                    Bits.setRange(poss, a, b);
                    lo = Math.min(lo, a);
                    hi = Math.max(hi, b);
                }
            }
            int unknownEnd = Math.min(scopeHi, s.firstKnownRegion);
            if (scopeLo < unknownEnd) {
                Bits.setRange(poss, scopeLo, unknownEnd);
                lo = Math.min(lo, scopeLo);
                hi = Math.max(hi, unknownEnd);
            }
        }
        if (lo >= hi) {
            return new Result(met, Bits.of(n), 0, 0);
        }
        int fw = lo >>> 6;
        int tw = ((hi - 1) >>> 6) + 1;
        boolean fineIndustry = false;
        if (c.industrySection.length > 0) {
            for (int w = fw; w < tw; w++) {
                long m = 0;
                long u = s.industryMissing[w];
                for (int i = 0; i < c.industrySection.length; i++) {
                    int sec = c.industrySection[i];
                    long[] secOnly = s.sectionOnly[sec];
                    for (int div : c.industryDivisions[i]) {
                        m |= s.division[div] == null ? 0 : s.division[div][w];
                    }
                    if (c.industryLen[i] == 0) {
                        m |= secOnly == null ? 0 : secOnly[w];
                    } else {
                        u |= secOnly == null ? 0 : secOnly[w];
                    }
                }
                met[w] &= m;
                poss[w] &= m | u;
            }
            for (int i = 0; i < c.industryLen.length; i++) {
                fineIndustry |= c.industryLen[i] > 2;
            }
        }
        if (c.sizeMask != 0) {
            for (int w = fw; w < tw; w++) {
                long m = 0;
                for (int k = 0; k < 4; k++) {
                    if ((c.sizeMask & (1 << k)) != 0) {
                        m |= s.sizes[k][w];
                    }
                }
                met[w] &= m;
                poss[w] &= m | s.sizeMissing[w];
            }
        }
        int d = (int) day.toEpochDay();
        if (c.minTier >= 0) {
            long[] t = s.tiersOn(d)[c.minTier];
            for (int w = fw; w < tw; w++) {
                met[w] &= t[w];
                poss[w] &= t[w];
            }
        }
        long[] est = c.hasYears() ? c.establishedBounds(day) : null;
        boolean rows = fineIndustry || est != null || c.employees != null || c.revenue != null || c.rdRatio != null
                || c.rdExpense != null;
        long[] unknown = Bits.of(n);
        for (int w = fw; w < tw; w++) {
            long word = poss[w];
            if (!rows) {
                unknown[w] = word & ~met[w];
                continue;
            }
            while (word != 0) {
                int bit = Long.numberOfTrailingZeros(word);
                word &= word - 1;
                int row = (w << 6) + bit;
                boolean unk = !Bits.get(met, row);
                boolean fail = false;
                if (fineIndustry) {
                    Verdict v = c.industryVerdict(s.industry[row]);
                    fail = v == Verdict.NOT_MET;
                    unk |= v == Verdict.UNKNOWN;
                }
                if (!fail && est != null) {
                    int e = s.established[row];
                    if (e == Facts.MISSING) {
                        unk = true;
                    } else {
                        fail = e < est[0] || e > est[1];
                    }
                }
                if (!fail && c.employees != null) {
                    int e = s.employees[row];
                    if (e == Facts.MISSING) {
                        unk = true;
                    } else {
                        fail = e < c.employees[0] || e > c.employees[1];
                    }
                }
                if (!fail && c.revenue != null) {
                    long e = s.revenue[row];
                    if (e == Facts.MISSING_LONG) {
                        unk = true;
                    } else {
                        fail = e < c.revenue[0] || e > c.revenue[1];
                    }
                }
                if (!fail && c.rdRatio != null) {
                    int e = s.rdRatio[row];
                    if (e == Facts.MISSING) {
                        unk = true;
                    } else {
                        fail = e < c.rdRatio[0] || e > c.rdRatio[1];
                    }
                }
                if (!fail && c.rdExpense != null) {
                    long e = s.rdExpense[row];
                    if (e == Facts.MISSING_LONG) {
                        unk = true;
                    } else {
                        fail = e < c.rdExpense[0] || e > c.rdExpense[1];
                    }
                }
                if (fail) {
                    Bits.clear(met, row);
                } else if (unk) {
                    Bits.clear(met, row);
                    Bits.set(unknown, row);
                }
            }
        }
        return new Result(met, unknown, fw, tw);
    }
}
