package org.yiwang.kernel.enterprises.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.yiwang.kernel.standards.size.SmeClassifier;
import org.yiwang.kernel.standards.size.SmeFacts;
import org.yiwang.kernel.standards.size.SmeNotCoveredException;
import org.yiwang.kernel.standards.size.SmeRuleSet;
import org.yiwang.kernel.standards.size.SmeValidationException;

/**
 * Size class of a profile by the standard's {@link SmeClassifier}: null when the industry is not
 * covered (finance), an indicator the industry's category needs is missing, or the code is too
 * coarse to decide — none of these is an error of the profile. Caches today's rule set.
 */
final class SizeClassifier {

    private record InForce(LocalDate date, SmeRuleSet ruleSet) {
    }

    private final SmeClassifier classifier;
    private volatile InForce inForce;

    SizeClassifier(SmeClassifier classifier) {
        this.classifier = classifier;
    }

    static SizeClassifier bundled() {
        return new SizeClassifier(SmeClassifier.bundled());
    }

    String classify(String industryCode, Integer employees, BigDecimal revenue, BigDecimal assets, LocalDate date) {
        if (industryCode == null) {
            return null;
        }
        SmeRuleSet ruleSet = ruleSetOn(date);
        if (ruleSet == null) {
            return null;
        }
        SmeFacts facts = new SmeFacts(industryCode, employees == null ? null : employees.longValue(), revenue, assets);
        try {
            return classifier.sizeOf(facts, ruleSet).name();
        } catch (SmeNotCoveredException | SmeValidationException notDecidable) {
            return null;
        }
    }

    private SmeRuleSet ruleSetOn(LocalDate date) {
        InForce cached = inForce;
        if (cached == null || !cached.date().equals(date)) {
            cached = new InForce(date, classifier.ruleSetOn(date).orElse(null));
            inForce = cached;
        }
        return cached.ruleSet();
    }
}
