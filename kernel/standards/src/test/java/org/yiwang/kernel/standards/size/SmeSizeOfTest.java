package org.yiwang.kernel.standards.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bulk path {@code sizeOf} must agree with {@code classify} on every input, errors included. */
class SmeSizeOfTest {

    private final SmeClassifier classifier = SmeClassifier.bundled();
    private final SmeRuleSet rules = classifier.ruleSetOn(LocalDate.of(2026, 1, 1)).orElseThrow();

    @Test
    void agreesWithClassifyAcrossCategoriesAndMagnitudes() {
        List<String> industries = List.of("A01", "C3311", "D44", "E47", "F51", "F52", "G54", "G59", "G60", "H61",
                "H62", "I63", "I65", "K7010", "K7020", "L71", "M73", "P83", "S91");
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            String industry = industries.get(random.nextInt(industries.size()));
            SmeFacts facts = SmeFacts.of(industry, (long) random.nextInt(3000), (long) random.nextInt(300_000),
                    (long) random.nextInt(300_000));
            assertEquals(classifier.classify(facts, rules).size(), classifier.sizeOf(facts, rules), facts.toString());
        }
    }

    @Test
    void refusesWhatClassifyRefuses() {
        assertThrows(SmeNotCoveredException.class, () -> classifier.sizeOf(SmeFacts.of("J66", 10L, 100L, 100L), rules));
        SmeValidationException missing = assertThrows(SmeValidationException.class,
                () -> classifier.sizeOf(SmeFacts.of("C33", 10L, null, null), rules));
        assertEquals("operatingRevenue", missing.field());
        assertThrows(SmeValidationException.class, () -> classifier.sizeOf(SmeFacts.of("C33", -1L, 5L, null), rules));
        assertThrows(SmeValidationException.class, () -> classifier.sizeOf(SmeFacts.of("Q99", 1L, 1L, 1L), rules));
        assertThrows(SmeValidationException.class, () -> classifier.sizeOf(SmeFacts.of(null, 1L, 1L, 1L), rules));
    }
}
