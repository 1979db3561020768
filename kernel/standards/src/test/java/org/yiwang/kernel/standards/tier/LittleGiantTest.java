package org.yiwang.kernel.standards.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LittleGiantTest {

    private final TierEvaluator evaluator = TierEvaluator.bundled();
    private static final LocalDate Y2024 = TierEvaluatorTest.Y2024;
    private static final LocalDate Y2026 = LocalDate.of(2026, 6, 1);

    static TierFacts.Builder lg2022() {
        return TierFacts.builder().flag("holdsSpecialisedTitle", true).number("yearsInNiche", 3)
                .number("mainBusinessShare", 70).number("revenueGrowthRate", 5).number("debtRatio", 70)
                .number("classOneIpCount", 2).number("revenueLastYear", 12000).number("rdRatioLastYear", 3)
                .number("rdRatioPriorYear", 3).confirmed("nicheMarketShareAtLeast10", true).confirmed("keyChainLink", true);
    }

    @Test
    void qualifiesAtTheBounds2022() {
        assertEquals(TierVerdict.QUALIFIES, evaluator.evaluate(Tier.LITTLE_GIANT, lg2022().build(), Y2024).verdict());
    }

    @Test
    void debtAndGrowthBounds2022() {
        TierEvaluation debt = evaluator.evaluate(Tier.LITTLE_GIANT, lg2022().number("debtRatio", 70.1).build(), Y2024);
        assertEquals(CriterionStatus.NOT_MET, debt.criterion("lg-debt").status());
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, debt.verdict());
        TierEvaluation growth = evaluator.evaluate(Tier.LITTLE_GIANT, lg2022().number("revenueGrowthRate", 4.9).build(), Y2024);
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, growth.verdict());
        TierEvaluation title = evaluator.evaluate(Tier.LITTLE_GIANT, lg2022().flag("holdsSpecialisedTitle", false).build(), Y2024);
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, title.verdict());
    }

    @Test
    void humanJudgementNeedsStaffConfirmation() {
        TierFacts.Builder b = lg2022();
        TierFacts unconfirmed = new TierFacts(b.build().numbers(), b.build().flags(),
                Map.of("keyChainLink", true));
        TierEvaluation e = evaluator.evaluate(Tier.LITTLE_GIANT, unconfirmed, Y2024);
        assertEquals(TierVerdict.NEEDS_CONFIRMATION, e.verdict());
        assertEquals(CriterionStatus.NEEDS_CONFIRMATION, e.criterion("lg-market-share").status());
        assertTrue(e.criterion("lg-market-share").detail().contains("not been confirmed by staff"));
        TierEvaluation rejected = evaluator.evaluate(Tier.LITTLE_GIANT,
                lg2022().confirmed("nicheMarketShareAtLeast10", false).build(), Y2024);
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, rejected.verdict());
    }

    @Test
    void notMetWinsOverNeedsConfirmation() {
        TierFacts f = TierFacts.builder().number("debtRatio", 90).build();
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, evaluator.evaluate(Tier.LITTLE_GIANT, f, Y2024).verdict());
    }

    @Test
    void rdThresholdsByRevenueBand2022() {
        TierFacts band2 = lg2022().number("revenueLastYear", 6000).number("rdRatioLastYear", 6).number("rdRatioPriorYear", 6).build();
        assertEquals(TierVerdict.QUALIFIES, evaluator.evaluate(Tier.LITTLE_GIANT, band2, Y2024).verdict());
        TierFacts band2low = lg2022().number("revenueLastYear", 6000).number("rdRatioLastYear", 5).build();
        TierEvaluation e = evaluator.evaluate(Tier.LITTLE_GIANT, band2low, Y2024);
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, e.verdict());
        RequirementResult group = e.requirements().stream().filter(r -> r.id().equals("lg-rd-by-revenue-band")).findFirst().orElseThrow();
        assertEquals(CriterionStatus.NOT_MET, group.status());
        TierFacts band3 = lg2022().number("revenueLastYear", 4000).number("equityFinancingTwoYears", 8000)
                .number("rdExpenseTwoYearTotal", 3000).number("rdStaffShare", 50).build();
        assertEquals(TierVerdict.QUALIFIES, evaluator.evaluate(Tier.LITTLE_GIANT, band3, Y2024).verdict());
    }

    static TierFacts.Builder lg2026() {
        return TierFacts.builder().flag("holdsSpecialisedTitle", true).number("revenueLastYear", 5000)
                .number("mainBusinessShare", 90).number("debtRatio", 75).number("rdExpenseTwoYearTotal", 1200)
                .number("rdRatioLastYear", 3).number("rdRatioPriorYear", 3).number("classOneIpCount", 4)
                .number("littleGiantScore", 60).confirmed("domesticTop3", true);
    }

    @Test
    void littleGiant2026() {
        TierEvaluation ok = evaluator.evaluate(Tier.LITTLE_GIANT, lg2026().build(), Y2026);
        assertEquals("MIIT-2026-2", ok.ruleSetId());
        assertEquals(TierVerdict.QUALIFIES, ok.verdict(), ok.toString());
        assertEquals(CriterionStatus.NEEDS_CONFIRMATION, ok.criterion("lg-market-share").status());
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, evaluator.evaluate(Tier.LITTLE_GIANT,
                lg2026().number("debtRatio", 75.5).build(), Y2026).verdict());
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, evaluator.evaluate(Tier.LITTLE_GIANT,
                lg2026().number("classOneIpCount", 3).build(), Y2026).verdict());
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, evaluator.evaluate(Tier.LITTLE_GIANT,
                lg2026().number("mainBusinessShare", 89).build(), Y2026).verdict());
    }

    @Test
    void specialised2026() {
        TierFacts.Builder b = TierFacts.builder().number("yearsInNiche", 3).number("revenueLastYear", 1500)
                .number("mainBusinessShare", 80).number("debtRatio", 80).number("rdExpenseLastYear", 100)
                .number("rdExpensePriorYear", 100).number("rdRatioLastYear", 3).number("rdRatioPriorYear", 3)
                .number("classOneIpCount", 1).number("specialisedScore", 50);
        assertEquals(TierVerdict.QUALIFIES, evaluator.evaluate(Tier.SPECIALISED, b.build(), Y2026).verdict());
        assertEquals(TierVerdict.DOES_NOT_QUALIFY,
                evaluator.evaluate(Tier.SPECIALISED, b.number("rdExpensePriorYear", 99).build(), Y2026).verdict());
        // the same facts under the 2022 rules: 2 years in niche would do there, revenue 1000 too
        TierFacts f2022 = b.number("rdExpensePriorYear", 100).number("yearsInNiche", 2).number("revenueLastYear", 1000)
                .number("specialisedScore", 60).build();
        assertEquals(TierVerdict.QUALIFIES, evaluator.evaluate(Tier.SPECIALISED, f2022, Y2024).verdict());
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, evaluator.evaluate(Tier.SPECIALISED, f2022, Y2026).verdict());
    }

    @Test
    void base2026IsAStaffConfirmation() {
        assertEquals(TierVerdict.NEEDS_CONFIRMATION,
                evaluator.evaluate(Tier.BASE, TierFacts.builder().build(), Y2026).verdict());
        assertEquals(TierVerdict.QUALIFIES, evaluator.evaluate(Tier.BASE,
                TierFacts.builder().confirmed("baseTierCriteriaMet", true).build(), Y2026).verdict());
    }
}
