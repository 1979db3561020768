package org.yiwang.kernel.enterprises.bench;

import java.time.LocalDate;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.standards.size.SmeClassifier;
import org.yiwang.kernel.standards.size.SmeFacts;
import org.yiwang.kernel.standards.size.SmeNotCoveredException;
import org.yiwang.kernel.standards.size.SmeRuleSet;
import org.yiwang.kernel.standards.size.SmeValidationException;

/**
 * SmeClassifier over pre-generated facts, against a baseline loop that touches the same facts
 * without classifying them (what the loop, memory and result handling cost by themselves).
 */
final class ClassificationBenchmark {

    private ClassificationBenchmark() {
    }

    static void run(int n) {
        EnterpriseGenerator generator = new EnterpriseGenerator(7);
        SmeFacts[] facts = new SmeFacts[n];
        for (int i = 0; i < n; i++) {
            Enterprise e = generator.next(i);
            facts[i] = new SmeFacts(e.industryCode(), e.employees().longValue(), e.operatingRevenue(), e.totalAssets());
        }
        SmeClassifier classifier = SmeClassifier.bundled();
        SmeRuleSet ruleSet = classifier.ruleSetOn(LocalDate.of(2025, 6, 15)).orElseThrow();
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            long baseline = 0;
            for (SmeFacts f : facts) {
                baseline += f.industryCode().length() + f.employees() + f.operatingRevenue().signum() + f.totalAssets().signum();
            }
            long t1 = System.nanoTime();
            int[] sizes = new int[5];
            for (SmeFacts f : facts) {
                try {
                    sizes[classifier.sizeOf(f, ruleSet).ordinal()]++;
                } catch (SmeNotCoveredException | SmeValidationException notClassified) {
                    sizes[4]++;
                }
            }
            long t2 = System.nanoTime();
            int explained = 0;
            for (SmeFacts f : facts) {
                try {
                    explained += classifier.classify(f, ruleSet).explanation().size();
                } catch (SmeNotCoveredException | SmeValidationException notClassified) {
                    explained--;
                }
            }
            long t3 = System.nanoTime();
            double base = n / ((t1 - t0) / 1e9);
            double rate = n / ((t2 - t1) / 1e9);
            double withText = n / ((t3 - t2) / 1e9);
            System.out.printf("Classification round %d: %,d facts, sizeOf %,.0f/s (what imports use; baseline loop %,.0f/s,"
                    + " %.0fx the baseline's time); classify with explanation %,.0f/s; large/medium/small/micro/none ="
                    + " %d/%d/%d/%d/%d (checksum %d)%n", round, n, rate, base, base / rate, withText,
                    sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], (baseline + explained) % 10);
        }
    }
}
