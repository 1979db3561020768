package org.yiwang.kernel.standards.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TierEvaluatorTest {

    static final LocalDate Y2024 = LocalDate.of(2024, 5, 1);
    private final TierEvaluator evaluator = TierEvaluator.bundled();

    @Test
    void ruleSetChosenByApplicationDate() {
        assertEquals("MIIT-2022-63", evaluator.ruleSetOn(LocalDate.of(2026, 3, 31)).orElseThrow().id());
        assertEquals("MIIT-2026-2", evaluator.ruleSetOn(LocalDate.of(2026, 4, 1)).orElseThrow().id());
        assertEquals("MIIT-2022-63", evaluator.ruleSetOn(LocalDate.of(2022, 6, 1)).orElseThrow().id());
        assertTrue(evaluator.ruleSetOn(LocalDate.of(2022, 5, 31)).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(Tier.BASE, TierFacts.builder().build(), LocalDate.of(2021, 1, 1)));
        assertTrue(evaluator.ruleSetOn(LocalDate.of(2026, 4, 1)).orElseThrow().confidence().startsWith("medium"));
    }

    @Test
    void tierNamesFollowTheRuleSet() {
        assertEquals("创新型中小企业", evaluator.evaluate(Tier.BASE, TierFacts.builder().build(), Y2024).tierName());
        assertEquals("科技和创新型中小企业",
                evaluator.evaluate(Tier.BASE, TierFacts.builder().build(), LocalDate.of(2026, 5, 1)).tierName());
    }

    @Test
    void base2022ByScore() {
        TierFacts f = TierFacts.builder().number("baseTotalScore", 60).number("baseInnovationScore", 20)
                .number("baseGrowthScore", 15).number("baseSpecialisationScore", 15).build();
        TierEvaluation e = evaluator.evaluate(Tier.BASE, f, Y2024);
        assertEquals(TierVerdict.QUALIFIES, e.verdict());
        assertEquals(CriterionStatus.NEEDS_CONFIRMATION, e.criterion("base-direct").status());
    }

    @Test
    void base2022SubScoreTooLowButDirectQualification() {
        TierFacts.Builder b = TierFacts.builder().number("baseTotalScore", 80).number("baseInnovationScore", 19)
                .number("baseGrowthScore", 30).number("baseSpecialisationScore", 31);
        TierEvaluation noDirect = evaluator.evaluate(Tier.BASE, b.flag("hasDirectQualification", false).build(), Y2024);
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, noDirect.verdict());
        assertEquals(CriterionStatus.NOT_MET, noDirect.criterion("base-score-innovation").status());
        assertTrue(noDirect.criterion("base-score-innovation").detail().contains("19 fails >= 20"));
        TierEvaluation direct = evaluator.evaluate(Tier.BASE, b.flag("hasDirectQualification", true).build(), Y2024);
        assertEquals(TierVerdict.QUALIFIES, direct.verdict());
    }

    @Test
    void missingValuesNeedConfirmation() {
        TierEvaluation e = evaluator.evaluate(Tier.BASE, TierFacts.builder().build(), Y2024);
        assertEquals(TierVerdict.NEEDS_CONFIRMATION, e.verdict());
        assertTrue(e.criterion("base-score-total").detail().contains("missing"));
        assertTrue(e.criterion("base-direct").detail().contains("not been declared"));
    }

    static TierFacts.Builder specialised2022Facts() {
        return TierFacts.builder().number("yearsInNiche", 2).number("rdExpenseLastYear", 100).number("rdRatioLastYear", 3)
                .number("revenueLastYear", 1000).number("specialisedScore", 60);
    }

    @Test
    void specialised2022() {
        assertEquals(TierVerdict.QUALIFIES, evaluator.evaluate(Tier.SPECIALISED, specialised2022Facts().build(), Y2024).verdict());
        TierFacts lowRevenue = specialised2022Facts().number("revenueLastYear", 999).number("equityFinancingTwoYears", 1999).build();
        TierEvaluation e = evaluator.evaluate(Tier.SPECIALISED, lowRevenue, Y2024);
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, e.verdict());
        TierFacts equity = specialised2022Facts().number("revenueLastYear", 500).number("equityFinancingTwoYears", 2000).build();
        assertEquals(TierVerdict.QUALIFIES, evaluator.evaluate(Tier.SPECIALISED, equity, Y2024).verdict());
        TierFacts ratio = specialised2022Facts().number("rdRatioLastYear", 2.99).build();
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, evaluator.evaluate(Tier.SPECIALISED, ratio, Y2024).verdict());
        TierFacts years = specialised2022Facts().number("yearsInNiche", 1).build();
        assertEquals(CriterionStatus.NOT_MET, evaluator.evaluate(Tier.SPECIALISED, years, Y2024).criterion("sp-niche-years").status());
    }

    @Test
    void everyCriterionIsExplained() {
        for (TierRuleSet rs : evaluator.ruleSets()) {
            for (Tier t : Tier.values()) {
                TierEvaluation e = TierEvaluator.evaluate(t, TierFacts.builder().build(), rs);
                assertEquals(rs.criteriaFor(t).size(), e.criteria().size(), rs.id() + " " + t);
                assertTrue(e.criteria().stream().allMatch(c -> !c.detail().isBlank()));
            }
        }
    }
}
