package org.yiwang.kernel.standards.tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiwang.kernel.standards.internal.TierRuleSetReader;

/** Evaluates facts against the tier criteria of the rule set chosen by application date. */
public final class TierEvaluator {

    private final List<TierRuleSet> ruleSets;

    /** @param ruleSets rule sets in any order */
    public TierEvaluator(List<TierRuleSet> ruleSets) {
        this.ruleSets = ruleSets.stream().sorted(Comparator.comparing(TierRuleSet::effectiveFrom)).toList();
    }

    /** The bundled rule sets (tiers-2022.csv, tiers-2026.csv). */
    public static TierEvaluator bundled() {
        return new TierEvaluator(TierRuleSetReader.bundled());
    }

    /** All rule sets, oldest first. */
    public List<TierRuleSet> ruleSets() {
        return ruleSets;
    }

    /** The rule set for an application made on {@code date}: the latest effective on or before it. */
    public Optional<TierRuleSet> ruleSetOn(LocalDate date) {
        return ruleSets.stream().filter(r -> !r.effectiveFrom().isAfter(date)).reduce((a, b) -> b);
    }

    /** Evaluates under the rule set for an application made on {@code applicationDate}. */
    public TierEvaluation evaluate(Tier tier, TierFacts facts, LocalDate applicationDate) {
        TierRuleSet rs = ruleSetOn(applicationDate).orElseThrow(() -> new IllegalArgumentException(
                "No tier rule set applies to applications made on " + applicationDate + "."));
        return evaluate(tier, facts, rs);
    }

    /** Evaluates under a given rule set. */
    public static TierEvaluation evaluate(Tier tier, TierFacts facts, TierRuleSet ruleSet) {
        Map<String, List<CriterionResult>> grouped = new LinkedHashMap<>();
        for (Criterion c : ruleSet.criteriaFor(tier)) {
            String key = c.group() == null ? c.id() : c.group();
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(check(c, facts));
        }
        List<RequirementResult> requirements = new ArrayList<>();
        for (Map.Entry<String, List<CriterionResult>> e : grouped.entrySet()) {
            requirements.add(new RequirementResult(e.getKey(), combineGroup(e.getValue()), e.getValue()));
        }
        List<CriterionStatus> statuses = requirements.stream().map(RequirementResult::status).toList();
        TierVerdict verdict = statuses.contains(CriterionStatus.NOT_MET) ? TierVerdict.DOES_NOT_QUALIFY
                : statuses.contains(CriterionStatus.NEEDS_CONFIRMATION) ? TierVerdict.NEEDS_CONFIRMATION
                : TierVerdict.QUALIFIES;
        return new TierEvaluation(ruleSet.id(), tier, ruleSet.nameZh(tier), verdict, requirements);
    }

    /** A group is met when one alternative has every criterion met; a single criterion is itself. */
    private static CriterionStatus combineGroup(List<CriterionResult> results) {
        Map<Integer, List<CriterionStatus>> alternatives = new LinkedHashMap<>();
        for (CriterionResult r : results) {
            alternatives.computeIfAbsent(r.criterion().alternative(), k -> new ArrayList<>()).add(r.status());
        }
        boolean pending = false;
        for (List<CriterionStatus> alt : alternatives.values()) {
            if (alt.stream().allMatch(s -> s == CriterionStatus.MET)) {
                return CriterionStatus.MET;
            }
            pending |= !alt.contains(CriterionStatus.NOT_MET);
        }
        return pending ? CriterionStatus.NEEDS_CONFIRMATION : CriterionStatus.NOT_MET;
    }

    private static CriterionResult check(Criterion c, TierFacts facts) {
        return switch (c.kind()) {
            case FLAG -> {
                Boolean v = facts.flags().get(c.indicator());
                yield v == null ? new CriterionResult(c, CriterionStatus.NEEDS_CONFIRMATION, c.indicator() + " has not been declared.")
                        : new CriterionResult(c, v ? CriterionStatus.MET : CriterionStatus.NOT_MET, c.indicator() + " is " + v + ".");
            }
            case CONFIRMED -> {
                Boolean v = facts.confirmed().get(c.indicator());
                yield v == null ? new CriterionResult(c, CriterionStatus.NEEDS_CONFIRMATION, c.indicator() + " has not been confirmed by staff.")
                        : new CriterionResult(c, v ? CriterionStatus.MET : CriterionStatus.NOT_MET,
                        c.indicator() + (v ? " was confirmed by staff." : " was rejected by staff."));
            }
            default -> numeric(c, facts.numbers().get(c.indicator()));
        };
    }

    private static CriterionResult numeric(Criterion c, BigDecimal value) {
        String op = switch (c.kind()) {
            case GE -> ">=";
            case GT -> ">";
            case LE -> "<=";
            default -> "<";
        };
        if (value == null) {
            return new CriterionResult(c, CriterionStatus.NEEDS_CONFIRMATION, c.indicator() + " is missing (needs "
                    + op + " " + c.threshold().toPlainString() + ").");
        }
        int cmp = value.compareTo(c.threshold());
        boolean met = switch (c.kind()) {
            case GE -> cmp >= 0;
            case GT -> cmp > 0;
            case LE -> cmp <= 0;
            default -> cmp < 0;
        };
        return new CriterionResult(c, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, c.indicator() + " "
                + value.toPlainString() + (met ? " satisfies " : " fails ") + op + " " + c.threshold().toPlainString() + ".");
    }
}
