package org.yiwang.kernel.standards.size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.industry.IndustryResolution;
import org.yiwang.kernel.standards.internal.SmeRuleSetReader;

/**
 * Classifies an enterprise as large, medium, small or micro under the rule set in force on a
 * date. Stateless and thread-safe.
 */
public final class SmeClassifier {

    private final List<SmeRuleSet> ruleSets;
    private final IndustryCatalog industries;

    /** @param ruleSets the rule sets, in any order; @param industries the catalogue resolving codes */
    public SmeClassifier(List<SmeRuleSet> ruleSets, IndustryCatalog industries) {
        this.ruleSets = ruleSets.stream().sorted(Comparator.comparing(SmeRuleSet::effectiveFrom)).toList();
        this.industries = Objects.requireNonNull(industries);
    }

    /** The bundled rule sets and industry catalogue. */
    public static SmeClassifier bundled() {
        return new SmeClassifier(SmeRuleSetReader.bundled(), IndustryCatalog.bundled());
    }

    /** All rule sets, oldest first. */
    public List<SmeRuleSet> ruleSets() {
        return ruleSets;
    }

    /** The rule set in force on {@code date}: the latest whose effective date is not after it. */
    public Optional<SmeRuleSet> ruleSetOn(LocalDate date) {
        return ruleSets.stream().filter(r -> !r.effectiveFrom().isAfter(date)).reduce((a, b) -> b);
    }

    /** Classifies under the rule set in force on {@code date}. */
    public SmeResult classify(SmeFacts facts, LocalDate date) {
        SmeRuleSet rs = ruleSetOn(date).orElseThrow(() -> new SmeValidationException("date", "in-force",
                "No SME size rule set was in force on " + date + "."));
        return classify(facts, rs);
    }

    /** Classifies under a given rule set, explaining which bound each indicator met or missed. */
    public SmeResult classify(SmeFacts facts, SmeRuleSet ruleSet) {
        SmeCategory category = cachedCategory(facts.industryCode(), ruleSet);
        List<BigDecimal> values = values(facts, category);
        List<String> explanation = new ArrayList<>();
        for (SizeClass band : List.of(SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL)) {
            if (meets(category, band, values, explanation)) {
                return new SmeResult(band, category, ruleSet.id(), explanation);
            }
        }
        explanation.add("MICRO: below the SMALL bound on at least one indicator.");
        return new SmeResult(SizeClass.MICRO, category, ruleSet.id(), explanation);
    }

    /**
     * Only the size class, without the explanation: the same rules and the same exceptions as
     * {@link #classify(SmeFacts, SmeRuleSet)}, for bulk work (imports) where the text is not needed.
     */
    public SizeClass sizeOf(SmeFacts facts, SmeRuleSet ruleSet) {
        SmeCategory category = cachedCategory(facts.industryCode(), ruleSet);
        List<BigDecimal> values = values(facts, category);
        for (SizeClass band : BANDS) {
            List<BigDecimal> bounds = category.bounds(band);
            boolean all = true;
            for (int i = 0; i < values.size() && all; i++) {
                all = values.get(i).compareTo(bounds.get(i)) >= 0;
            }
            if (all) {
                return band;
            }
        }
        return SizeClass.MICRO;
    }

    private static final List<SizeClass> BANDS = List.of(SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL);
    private static final int CACHE_LIMIT = 20_000;
    private final Map<String, SmeCategory> categories = new ConcurrentHashMap<>();

    /** {@link #categoryOf} remembered per rule set and code (bounded; failures are not remembered). */
    private SmeCategory cachedCategory(String industryCode, SmeRuleSet ruleSet) {
        String key = industryCode == null ? null : ruleSet.id() + '|' + industryCode;
        SmeCategory hit = key == null ? null : categories.get(key);
        if (hit != null) {
            return hit;
        }
        SmeCategory category = categoryOf(industryCode, ruleSet);
        if (categories.size() < CACHE_LIMIT) {
            categories.put(key, category);
        }
        return category;
    }

    private static List<BigDecimal> values(SmeFacts facts, SmeCategory category) {
        List<BigDecimal> values = new ArrayList<>(category.indicators().size());
        for (SizeIndicator indicator : category.indicators()) {
            BigDecimal v = facts.value(indicator);
            if (v == null) {
                throw new SmeValidationException(indicator.field(), "required", "Field " + indicator.field()
                        + " is required for category " + category.id() + " (" + category.nameZh() + ").");
            }
            if (v.signum() < 0) {
                throw new SmeValidationException(indicator.field(), "non-negative",
                        "Field " + indicator.field() + " must not be negative (got " + v.toPlainString() + ").");
            }
            values.add(v);
        }
        return values;
    }

    private static boolean meets(SmeCategory c, SizeClass band, List<BigDecimal> values, List<String> explanation) {
        List<BigDecimal> bounds = c.bounds(band);
        List<String> parts = new ArrayList<>();
        boolean all = true;
        for (int i = 0; i < values.size(); i++) {
            boolean ok = values.get(i).compareTo(bounds.get(i)) >= 0;
            all &= ok;
            parts.add(c.indicators().get(i).field() + " " + values.get(i).toPlainString() + (ok ? " >= " : " < ")
                    + bounds.get(i).toPlainString());
        }
        explanation.add(band + (all ? " met" : " not met") + ": " + String.join(", ", parts) + ".");
        return all;
    }

    /**
     * The category an industry code maps to. The longest matching prefix wins; a code too coarse
     * to decide (e.g. {@code 70} or {@code G}) is rejected rather than guessed.
     *
     * @throws SmeNotCoveredException  for industries the rule set does not classify (finance)
     * @throws SmeValidationException  for missing, unknown or too coarse codes
     */
    public SmeCategory categoryOf(String industryCode, SmeRuleSet ruleSet) {
        if (industryCode == null || industryCode.isBlank()) {
            throw new SmeValidationException("industryCode", "required", "Field industryCode is required.");
        }
        IndustryResolution res;
        try {
            res = industries.resolve(industryCode);
        } catch (IllegalArgumentException e) {
            throw new SmeValidationException("industryCode", "known", e.getMessage());
        }
        String section = res.section().code();
        String digits = res.code();
        String notCoveredKey = bestKey(ruleSet.notCovered(), section, digits);
        String mappedKey = bestKey(ruleSet.mapping(), section, digits);
        if (notCoveredKey != null && (mappedKey == null || notCoveredKey.length() >= mappedKey.length())) {
            throw new SmeNotCoveredException(industryCode, ruleSet.id(), ruleSet.notCovered().get(notCoveredKey));
        }
        String categoryId = mappedKey == null ? ruleSet.defaultCategory() : ruleSet.mapping().get(mappedKey);
        for (Map.Entry<String, String> e : ruleSet.mapping().entrySet()) {
            if (isFinerThan(e.getKey(), section, digits) && !e.getValue().equals(categoryId)) {
                throw new SmeValidationException("industryCode", "specific", "Industry code " + industryCode
                        + " is too coarse for SME sizing: " + e.getKey() + " maps to " + e.getValue() + " but the code as a whole to "
                        + categoryId + "; give a more specific GB/T 4754 code.");
            }
        }
        return ruleSet.categories().get(categoryId);
    }

    private String bestKey(Map<String, String> table, String section, String digits) {
        String best = null;
        for (String key : table.keySet()) {
            boolean covers = Character.isLetter(key.charAt(0)) ? key.equals(section) : digits.startsWith(key);
            if (covers && (best == null || rank(key) > rank(best))) {
                best = key;
            }
        }
        return best;
    }

    private static int rank(String key) {
        return Character.isLetter(key.charAt(0)) ? 1 : key.length();
    }

    private boolean isFinerThan(String key, String section, String digits) {
        if (Character.isLetter(key.charAt(0))) {
            return false;
        }
        if (digits.isEmpty()) {
            return industries.find(key.substring(0, 2)).map(r -> r.section().code().equals(section)).orElse(false);
        }
        return key.length() > digits.length() && key.startsWith(digits);
    }
}
