package org.yiwang.module.policy.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The SME database in columns, for matching a policy against every enterprise at once: one
 * primitive array per fact (see {@link Facts} for the encodings), rows sorted by region code so a
 * region subtree is one contiguous range of rows, plus bit sets per industry division, per
 * industry section (for rows coded only to the section), per size class and for missing values.
 * Immutable once built ({@link SnapshotBuilder}); changes arrive as an overlay in
 * {@link EnterpriseSnapshot}. About 85 bytes per enterprise plus the bit sets: 1,000,000 enterprises ≈ 100 MB.
 */
final class Snapshot {

    static final int DIVISIONS = 100;
    static final int SECTIONS = 20;

    final int n;
    final Instant builtAt;
    final byte[] uscc;
    final int[] region;
    final int[] industry;
    final byte[] size;
    final int[] established;
    final int[] employees;
    final long[] revenue;
    final int[] rdRatio;
    final long[] rdExpense;
    final int[] tierFrom;
    final int[] tierUntil;
    /** Row numbers ordered by USCC, for finding a row by its code. */
    final int[] byUscc;
    /** Rows whose region is unknown come first: [0, firstKnownRegion). */
    final int firstKnownRegion;
    final long[][] division = new long[DIVISIONS][];
    final long[][] sectionOnly = new long[SECTIONS][];
    final long[] industryMissing;
    final long[][] sizes = new long[4][];
    final long[] sizeMissing;

    private volatile TierDay tierDay;

    record TierDay(int day, long[][] atLeast) {
    }

    Snapshot(int n, Instant builtAt, byte[] uscc, int[] region, int[] industry, byte[] size, int[] established,
             int[] employees, long[] revenue, int[] rdRatio, long[] rdExpense, int[] tierFrom, int[] tierUntil) {
        this.n = n;
        this.builtAt = builtAt;
        this.uscc = uscc;
        this.region = region;
        this.industry = industry;
        this.size = size;
        this.established = established;
        this.employees = employees;
        this.revenue = revenue;
        this.rdRatio = rdRatio;
        this.rdExpense = rdExpense;
        this.tierFrom = tierFrom;
        this.tierUntil = tierUntil;
        int known = 0;
        while (known < n && region[known] == Facts.MISSING) {
            known++;
        }
        this.firstKnownRegion = known;
        this.industryMissing = Bits.of(n);
        this.sizeMissing = Bits.of(n);
        for (int s = 0; s < 4; s++) {
            sizes[s] = Bits.of(n);
        }
        for (int i = 0; i < n; i++) {
            int ind = industry[i];
            if (ind == Facts.MISSING) {
                Bits.set(industryMissing, i);
            } else if (ind / 10_000 % 10 == 0) {
                int sec = ind / 100_000;
                if (sectionOnly[sec] == null) {
                    sectionOnly[sec] = Bits.of(n);
                }
                Bits.set(sectionOnly[sec], i);
            } else {
                int div = ind % 10_000 / 100;
                if (division[div] == null) {
                    division[div] = Bits.of(n);
                }
                Bits.set(division[div], i);
            }
            if (size[i] < 0) {
                Bits.set(sizeMissing, i);
            } else {
                Bits.set(sizes[size[i]], i);
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Arrays.compare(uscc, a * 18, a * 18 + 18, uscc, b * 18, b * 18 + 18));
        this.byUscc = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    String uscc(int row) {
        return new String(uscc, row * 18, 18, StandardCharsets.US_ASCII);
    }

    /** The row of an enterprise, or -1. */
    int row(String code) {
        byte[] key = code.getBytes(StandardCharsets.US_ASCII);
        if (key.length != 18) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = byUscc[mid];
            int c = Arrays.compare(uscc, r * 18, r * 18 + 18, key, 0, 18);
            if (c == 0) {
                return r;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** First row whose region is ≥ {@code code}. */
    int lowerBound(int code) {
        int lo = firstKnownRegion;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (region[mid] < code) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The facts of one row (for explanations and tests). */
    Facts facts(int row) {
        return new Facts(uscc(row), region[row], industry[row], size[row], established[row], employees[row], revenue[row],
                rdRatio[row], rdExpense[row], Arrays.copyOfRange(tierFrom, row * 3, row * 3 + 3),
                Arrays.copyOfRange(tierUntil, row * 3, row * 3 + 3));
    }

    /** Per tier t, the rows holding tier t or higher, valid on {@code day}; computed once per day. */
    long[][] tiersOn(int day) {
        TierDay td = tierDay;
        if (td != null && td.day() == day) {
            return td.atLeast();
        }
        long[][] atLeast = {Bits.of(n), Bits.of(n), Bits.of(n)};
        for (int i = 0; i < n; i++) {
            for (int t = 2; t >= 0; t--) {
                int f = tierFrom[i * 3 + t];
                if (f != Facts.MISSING && f <= day && day < tierUntil[i * 3 + t]) {
                    for (int u = 0; u <= t; u++) {
                        Bits.set(atLeast[u], i);
                    }
                    break;
                }
            }
        }
        tierDay = new TierDay(day, atLeast);
        return atLeast;
    }
}
