package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.security.RegionScope;
import org.yiwang.kernel.standards.industry.IndustryCatalog;

/**
 * A policy's criteria turned into primitive bounds over {@link Facts}: region code ranges, industry
 * code ranges, a size bit mask, the lowest acceptable tier, and closed numeric intervals. The
 * establishment bounds depend on the day of matching ({@link #establishedBounds}). Each {@code *Verdict}
 * method is the rule for one criterion; {@link BulkMatcher} applies the same rules to whole columns.
 */
final class CompiledCriteria {

    static final long NO_MIN = Long.MIN_VALUE + 1;
    static final long NO_MAX = Long.MAX_VALUE;

    final Criteria source;
    final int[] regionLo;
    final int[] regionHi;
    final int[] industrySection;
    final int[] industryLen;
    final int[] industryLo;
    final int[] industryHi;
    /** Per industry criterion the divisions it spans (all of a section's, or its own). */
    final int[][] industryDivisions;
    final int sizeMask;
    final int minTier;
    final Integer minYears;
    final Integer maxYears;
    final long[] employees;
    final long[] revenue;
    final long[] rdRatio;
    final long[] rdExpense;

    /**
     * @param effectiveRegions the regions the criterion checks: the criteria's own, else the
     *                         policy's region subtree (empty for a national policy without regions)
     */
    CompiledCriteria(Criteria c, List<String> effectiveRegions) {
        this.source = c;
        regionLo = new int[effectiveRegions.size()];
        regionHi = new int[effectiveRegions.size()];
        for (int i = 0; i < regionLo.length; i++) {
            String prefix = RegionScope.prefix(effectiveRegions.get(i));
            int pad = (int) Math.pow(10, 6 - prefix.length());
            regionLo[i] = Integer.parseInt(prefix) * pad;
            regionHi[i] = regionLo[i] + pad - 1;
        }
        List<String> qualified = new ArrayList<>();
        for (String code : c.industries()) {
            qualified.add(IndustryCatalog.bundled().resolve(code).qualifiedCode());
        }
        int n = qualified.size();
        industrySection = new int[n];
        industryLen = new int[n];
        industryLo = new int[n];
        industryHi = new int[n];
        industryDivisions = new int[n][];
        for (int i = 0; i < n; i++) {
            int packed = Facts.industry(qualified.get(i));
            industrySection[i] = packed / 100_000;
            industryLen[i] = packed / 10_000 % 10;
            industryLo[i] = packed % 10_000;
            industryHi[i] = industryLo[i] + (int) Math.pow(10, 4 - industryLen[i]) - 1;
            industryDivisions[i] = industryLen[i] == 0
                    ? IndustryCatalog.bundled().divisionsOf(qualified.get(i)).stream()
                            .mapToInt(d -> Integer.parseInt(d.code())).toArray()
                    : new int[] {industryLo[i] / 100};
        }
        int mask = 0;
        for (String s : c.sizes()) {
            mask |= 1 << Facts.indexOf(Facts.SIZES, s);
        }
        sizeMask = mask;
        int tier = -1;
        for (String t : c.tiers()) {
            int i = Facts.indexOf(Facts.TIERS, t);
            tier = tier < 0 ? i : Math.min(tier, i);
        }
        minTier = tier;
        minYears = c.minYears();
        maxYears = c.maxYears();
        employees = bounds(c.minEmployees() == null ? null : BigDecimal.valueOf(c.minEmployees()),
                c.maxEmployees() == null ? null : BigDecimal.valueOf(c.maxEmployees()), 0);
        revenue = bounds(c.minRevenue(), c.maxRevenue(), 4);
        rdRatio = bounds(c.minRdRatio(), c.maxRdRatio(), 2);
        rdExpense = bounds(c.minRdExpense(), c.maxRdExpense(), 4);
    }

    /** {lo, hi} in the scaled unit, or null when the criterion is absent. */
    private static long[] bounds(BigDecimal min, BigDecimal max, int scale) {
        if (min == null && max == null) {
            return null;
        }
        long lo = min == null ? NO_MIN : min.movePointRight(scale).setScale(0, RoundingMode.CEILING).longValueExact();
        long hi = max == null ? NO_MAX : max.movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValueExact();
        return new long[] {lo, hi};
    }

    boolean hasYears() {
        return minYears != null || maxYears != null;
    }

    /** {earliest, latest} epoch day of establishment that satisfies the years criterion on {@code day}. */
    long[] establishedBounds(LocalDate day) {
        long lo = maxYears == null ? NO_MIN : day.minusYears(maxYears + 1L).toEpochDay() + 1;
        long hi = minYears == null ? NO_MAX : day.minusYears(minYears).toEpochDay();
        return new long[] {lo, hi};
    }

    Verdict regionVerdict(int region) {
        if (regionLo.length == 0) {
            return Verdict.MET;
        }
        if (region == Facts.MISSING) {
            return Verdict.UNKNOWN;
        }
        for (int i = 0; i < regionLo.length; i++) {
            if (region >= regionLo[i] && region <= regionHi[i]) {
                return Verdict.MET;
            }
        }
        return Verdict.NOT_MET;
    }

    Verdict industryVerdict(int industry) {
        if (industrySection.length == 0) {
            return Verdict.MET;
        }
        if (industry == Facts.MISSING) {
            return Verdict.UNKNOWN;
        }
        int section = industry / 100_000;
        int len = industry / 10_000 % 10;
        int code = industry % 10_000;
        Verdict out = Verdict.NOT_MET;
        for (int i = 0; i < industrySection.length; i++) {
            if (section != industrySection[i]) {
                continue;
            }
            if (len >= industryLen[i] && code >= industryLo[i] && code <= industryHi[i]) {
                return Verdict.MET;
            }
            int unit = (int) Math.pow(10, 4 - len);
            if (len < industryLen[i] && industryLo[i] / unit * unit == code) {
                out = Verdict.UNKNOWN; // the enterprise's code is too coarse to tell
            }
        }
        return out;
    }

    Verdict sizeVerdict(int size) {
        if (sizeMask == 0) {
            return Verdict.MET;
        }
        return size < 0 ? Verdict.UNKNOWN : (sizeMask & (1 << size)) != 0 ? Verdict.MET : Verdict.NOT_MET;
    }

    Verdict tierVerdict(Facts f, int day) {
        if (minTier < 0) {
            return Verdict.MET;
        }
        return f.tierOn(day) >= minTier ? Verdict.MET : Verdict.NOT_MET;
    }

    static Verdict range(long[] bounds, long value, long missing) {
        if (bounds == null) {
            return Verdict.MET;
        }
        if (value == missing) {
            return Verdict.UNKNOWN;
        }
        return value >= bounds[0] && value <= bounds[1] ? Verdict.MET : Verdict.NOT_MET;
    }

    /** The overall verdict only (no explanations): the rule the bulk matcher must agree with. */
    Verdict verdict(Facts f, LocalDate day) {
        int d = (int) day.toEpochDay();
        List<Verdict> parts = new ArrayList<>(9);
        parts.add(regionVerdict(f.region()));
        parts.add(industryVerdict(f.industry()));
        parts.add(sizeVerdict(f.size()));
        parts.add(tierVerdict(f, d));
        if (hasYears()) {
            parts.add(range(establishedBounds(day), f.established(), Facts.MISSING));
        }
        parts.add(range(employees, f.employees(), Facts.MISSING));
        parts.add(range(revenue, f.revenue(), Facts.MISSING_LONG));
        parts.add(range(rdRatio, f.rdRatio(), Facts.MISSING));
        parts.add(range(rdExpense, f.rdExpense(), Facts.MISSING_LONG));
        return Verdict.all(parts);
    }
}
