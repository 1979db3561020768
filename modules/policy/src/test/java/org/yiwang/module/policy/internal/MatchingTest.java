package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yiwang.module.policy.internal.Verdict.MET;
import static org.yiwang.module.policy.internal.Verdict.NOT_MET;
import static org.yiwang.module.policy.internal.Verdict.UNKNOWN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;

/**
 * Every criterion type at its boundaries, by the per-enterprise rule ({@link CompiledCriteria},
 * {@link Eligibility}) and by the bulk matcher over a one-row snapshot, which must agree.
 */
class MatchingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 16);
    private static final String U = TestCallers.uscc("510104", 1);

    private static Enterprise base() {
        return FakeDirectory.enterprise(U, "510104", "C3311", "SMALL", 100, "5000", LocalDate.of(2020, 6, 16), "150",
                "3.00", List.of());
    }

    private static Enterprise with(Enterprise e, String region, String industry, String size, Integer employees,
                                   String revenue, LocalDate established, String rdExpense, String rdRatio,
                                   List<TierAward> tiers) {
        return FakeDirectory.enterprise(e.uscc(), region, industry, size, employees, revenue, established, rdExpense,
                rdRatio, tiers);
    }

    /** The verdict of both paths (asserting they agree), criteria regions empty = 成都 (the policy's). */
    private static Verdict verdict(Criteria c, Enterprise e) {
        List<String> regions = c.regions().isEmpty() ? List.of("510100") : c.regions();
        CompiledCriteria cc = new CompiledCriteria(c, regions);
        Facts f = Facts.of(e);
        Verdict single = cc.verdict(f, DAY);
        assertEquals(single, Verdict.all(Eligibility.explain(cc, regions, f, DAY).stream().map(CriterionVerdict::verdict)
                .toList()), "explanation agrees");
        SnapshotBuilder b = new SnapshotBuilder();
        b.add(f);
        Snapshot s = b.build(Instant.EPOCH);
        BulkMatcher.Result r = BulkMatcher.match(s, cc, DAY, 0, s.n);
        Verdict bulk = Bits.get(r.met(), 0) ? MET : Bits.get(r.unknown(), 0) ? UNKNOWN : NOT_MET;
        assertEquals(single, bulk, "bulk matcher agrees for " + c);
        return single;
    }

    private static Criteria crit(List<String> regions, List<String> industries, List<String> sizes, List<String> tiers) {
        return new Criteria(regions, industries, sizes, tiers, null, null, null, null, null, null, null, null, null, null);
    }

    private static Criteria numbers(Integer minY, Integer maxY, Integer minE, Integer maxE, String minR, String maxR,
                                    String minRatio, String maxRatio, String minX, String maxX) {
        return new Criteria(null, null, null, null, minY, maxY, minE, maxE, dec(minR), dec(maxR), dec(minRatio),
                dec(maxRatio), dec(minX), dec(maxX));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void regionSubtreesIncludingProvinceAdministeredCounties() {
        Enterprise e = base();
        assertEquals(MET, verdict(crit(List.of("510000"), null, null, null), e));
        assertEquals(MET, verdict(crit(List.of("510100"), null, null, null), e));
        assertEquals(MET, verdict(crit(List.of("510104"), null, null, null), e));
        assertEquals(NOT_MET, verdict(crit(List.of("510107"), null, null, null), e));
        assertEquals(MET, verdict(crit(List.of("510107", "510104"), null, null, null), e), "any of the regions");
        assertEquals(NOT_MET, verdict(crit(List.of("350000"), null, null, null), e));
        Enterprise xiantao = with(e, "429004", "C3311", "SMALL", 100, "5000", LocalDate.of(2020, 6, 16), "150", "3.00", List.of());
        assertEquals(MET, verdict(crit(List.of("420000"), null, null, null), xiantao), "湖北 covers 仙桃 (4290xx)");
        assertEquals(MET, verdict(crit(List.of("429004"), null, null, null), xiantao));
        assertEquals(NOT_MET, verdict(crit(List.of("420100"), null, null, null), xiantao), "武汉 does not");
        Enterprise nowhere = with(e, null, "C3311", "SMALL", 100, "5000", LocalDate.of(2020, 6, 16), "150", "3.00", List.of());
        assertEquals(UNKNOWN, verdict(crit(List.of("510000"), null, null, null), nowhere));
        assertEquals(MET, new CompiledCriteria(Criteria.NONE, List.of()).verdict(Facts.of(nowhere), DAY), "national: anywhere");
    }

    @Test
    void industryPrefixAtEveryLevel() {
        Enterprise e = base(); // C3311
        for (String code : List.of("C", "C33", "33", "C331", "331", "C3311", "3311")) {
            assertEquals(MET, verdict(crit(null, List.of(code), null, null), e), code);
        }
        for (String code : List.of("A", "C34", "C332", "C3312", "I65")) {
            assertEquals(NOT_MET, verdict(crit(null, List.of(code), null, null), e), code);
        }
        assertEquals(MET, verdict(crit(null, List.of("I65", "C33"), null, null), e), "any of the codes");
        Enterprise coarse = with(e, "510104", "C33", "SMALL", 100, "5000", LocalDate.of(2020, 6, 16), "150", "3.00", List.of());
        assertEquals(MET, verdict(crit(null, List.of("C"), null, null), coarse));
        assertEquals(MET, verdict(crit(null, List.of("C33"), null, null), coarse));
        assertEquals(UNKNOWN, verdict(crit(null, List.of("C3311"), null, null), coarse), "coded only to its division");
        assertEquals(NOT_MET, verdict(crit(null, List.of("C3411"), null, null), coarse));
        Enterprise sectionOnly = with(e, "510104", "C", "SMALL", 100, "5000", LocalDate.of(2020, 6, 16), "150", "3.00", List.of());
        assertEquals(MET, verdict(crit(null, List.of("C"), null, null), sectionOnly));
        assertEquals(UNKNOWN, verdict(crit(null, List.of("C33"), null, null), sectionOnly));
        assertEquals(NOT_MET, verdict(crit(null, List.of("I65"), null, null), sectionOnly));
        Enterprise none = with(e, "510104", null, "SMALL", 100, "5000", LocalDate.of(2020, 6, 16), "150", "3.00", List.of());
        assertEquals(UNKNOWN, verdict(crit(null, List.of("C"), null, null), none));
    }

    @Test
    void sizeClasses() {
        Enterprise e = base();
        assertEquals(MET, verdict(crit(null, null, List.of("SMALL", "MICRO"), null), e));
        assertEquals(NOT_MET, verdict(crit(null, null, List.of("MEDIUM"), null), e));
        Enterprise unsized = with(e, "510104", "C3311", null, 100, "5000", LocalDate.of(2020, 6, 16), "150", "3.00", List.of());
        assertEquals(UNKNOWN, verdict(crit(null, null, List.of("SMALL"), null), unsized));
    }

    @Test
    void tiersValidOnTheDayAndHigherTiersCount() {
        Enterprise e = base();
        Criteria specialised = crit(null, null, null, List.of("SPECIALISED"));
        TierAward awardedToday = new TierAward("SPECIALISED", DAY, DAY.plusYears(3));
        TierAward endsToday = new TierAward("SPECIALISED", DAY.minusYears(3), DAY);
        TierAward endsTomorrow = new TierAward("SPECIALISED", DAY.minusYears(3).plusDays(1), DAY.plusDays(1));
        TierAward fromTomorrow = new TierAward("SPECIALISED", DAY.plusDays(1), DAY.plusDays(1).plusYears(3));
        assertEquals(MET, verdict(specialised, tier(e, awardedToday)), "valid from its award day");
        assertEquals(NOT_MET, verdict(specialised, tier(e, endsToday)), "validUntil is the first day no longer valid");
        assertEquals(MET, verdict(specialised, tier(e, endsTomorrow)));
        assertEquals(NOT_MET, verdict(specialised, tier(e, fromTomorrow)));
        assertEquals(MET, verdict(specialised, tier(e, new TierAward("LITTLE_GIANT", DAY.minusYears(1), null))),
                "a 小巨人 is also 专精特新; validUntil defaults to award + 3 years");
        assertEquals(NOT_MET, verdict(specialised, tier(e, new TierAward("BASE", DAY.minusYears(1), null))));
        assertEquals(NOT_MET, verdict(specialised, tier(e, new TierAward("LITTLE_GIANT", DAY.minusYears(3), null))),
                "expired on the day");
        assertEquals(NOT_MET, verdict(specialised, e), "no title is a known fact, not missing data");
        assertEquals(MET, verdict(crit(null, null, null, List.of("BASE", "LITTLE_GIANT")),
                tier(e, new TierAward("BASE", DAY.minusYears(2), null))));
    }

    private static Enterprise tier(Enterprise e, TierAward t) {
        return with(e, e.regionCode(), e.industryCode(), e.sizeClass(), e.employees(), e.operatingRevenue().toPlainString(),
                e.establishedOn(), e.rdExpense().toPlainString(), e.rdRatio().toPlainString(), List.of(t));
    }

    @Test
    void yearsSinceEstablishmentExactlyOnTheBoundary() {
        Enterprise five = base(); // established 2020-06-16: 5 full years on 2025-06-16
        Enterprise almostFive = withEst(LocalDate.of(2020, 6, 17));
        Enterprise sixToday = withEst(LocalDate.of(2019, 6, 16));
        Enterprise almostSix = withEst(LocalDate.of(2019, 6, 17));
        assertEquals(MET, verdict(numbers(5, null, null, null, null, null, null, null, null, null), five));
        assertEquals(NOT_MET, verdict(numbers(5, null, null, null, null, null, null, null, null, null), almostFive));
        assertEquals(MET, verdict(numbers(null, 5, null, null, null, null, null, null, null, null), five));
        assertEquals(MET, verdict(numbers(null, 5, null, null, null, null, null, null, null, null), almostSix), "5 years 364 days");
        assertEquals(NOT_MET, verdict(numbers(null, 5, null, null, null, null, null, null, null, null), sixToday));
        assertEquals(MET, verdict(numbers(0, 0, null, null, null, null, null, null, null, null), withEst(DAY)), "founded today");
        assertEquals(UNKNOWN, verdict(numbers(2, null, null, null, null, null, null, null, null, null), withEst(null)));
    }

    private static Enterprise withEst(LocalDate d) {
        return FakeDirectory.enterprise(U, "510104", "C3311", "SMALL", 100, "5000", d, "150", "3.00", List.of());
    }

    @Test
    void employeesRevenueAndResearchAtTheirEdges() {
        Enterprise e = base(); // 100 people, 5000 万元, R&D 150 万元 = 3.00 %
        assertEquals(MET, verdict(numbers(null, null, 100, 100, null, null, null, null, null, null), e));
        assertEquals(NOT_MET, verdict(numbers(null, null, 101, null, null, null, null, null, null, null), e));
        assertEquals(NOT_MET, verdict(numbers(null, null, null, 99, null, null, null, null, null, null), e));
        assertEquals(MET, verdict(numbers(null, null, null, null, "5000", "5000", null, null, null, null), e));
        assertEquals(NOT_MET, verdict(numbers(null, null, null, null, "5000.0001", null, null, null, null, null), e));
        assertEquals(NOT_MET, verdict(numbers(null, null, null, null, null, "4999.9999", null, null, null, null), e));
        assertEquals(MET, verdict(numbers(null, null, null, null, null, null, "3", null, null, null), e), "R&D ≥ 3 %");
        assertEquals(NOT_MET, verdict(numbers(null, null, null, null, null, null, "3.01", null, null, null), e));
        assertEquals(MET, verdict(numbers(null, null, null, null, null, null, null, "3", null, null), e));
        assertEquals(MET, verdict(numbers(null, null, null, null, null, null, null, null, "150", "150"), e));
        assertEquals(NOT_MET, verdict(numbers(null, null, null, null, null, null, null, null, "150.0001", null), e));
        Enterprise noRatio = FakeDirectory.enterprise(U, "510104", "C3311", "SMALL", 100, "5000", LocalDate.of(2020, 6, 16),
                "150", null, List.of());
        assertEquals(MET, verdict(numbers(null, null, null, null, null, null, "3", null, null, null), noRatio),
                "the ratio is computed from expense and revenue when the profile lacks it");
        Enterprise unknown = FakeDirectory.enterprise(U, "510104", "C3311", "SMALL", null, null, LocalDate.of(2020, 6, 16),
                null, null, List.of());
        assertEquals(UNKNOWN, verdict(numbers(null, null, 10, null, null, null, null, null, null, null), unknown));
        assertEquals(UNKNOWN, verdict(numbers(null, null, null, null, "1", null, null, null, null, null), unknown));
        assertEquals(UNKNOWN, verdict(numbers(null, null, null, null, null, null, "3", null, null, null), unknown));
        assertEquals(UNKNOWN, verdict(numbers(null, null, null, null, null, null, null, null, "1", null), unknown));
        assertEquals(NOT_MET, verdict(new Criteria(List.of("350000"), null, null, null, null, null, 10, null, null, null,
                null, null, null, null), unknown), "a failed criterion beats missing data");
    }

    @Test
    void explanationsSayWhatWasRequiredAndWhatIsMissing() {
        Enterprise unknown = FakeDirectory.enterprise(U, "510104", "C3311", "SMALL", null, "5000", LocalDate.of(2020, 6, 16),
                "150", "3.00", List.of());
        Criteria c = new Criteria(List.of("510100"), List.of("C"), null, null, null, null, 10, null, null, null,
                new BigDecimal("3"), null, null, null);
        CompiledCriteria cc = new CompiledCriteria(c, c.regions());
        List<CriterionVerdict> v = Eligibility.explain(cc, c.regions(), Facts.of(unknown), DAY);
        assertEquals(List.of("REGION", "INDUSTRY", "EMPLOYEES", "RD_RATIO"), v.stream().map(CriterionVerdict::criterion).toList());
        assertEquals(List.of(MET, MET, UNKNOWN, MET), v.stream().map(CriterionVerdict::verdict).toList());
        assertEquals("未知", v.get(2).actual().zh());
        assertEquals("从业人员 ≥ 10 人", v.get(2).required().zh());
        assertEquals("成都市的制造业企业，从业人员 ≥ 10 人，研发费用占营业收入比例 ≥ 3%",
                CriteriaText.render(c, c.regions()).zh());
        assertEquals("Enterprises in manufacturing in 成都市 (510100), with employees ≥ 10 and R&D ≥ 3 % of revenue",
                CriteriaText.render(c, c.regions()).en());
    }
}
