package org.yiwang.kernel.standards.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmeClassifierTest {

    static final LocalDate DATE = LocalDate.of(2024, 1, 1);
    private final SmeClassifier classifier = SmeClassifier.bundled();

    private SmeResult classify(String industry, Long x, Long y, Long z) {
        return classifier.classify(SmeFacts.of(industry, x, y, z), DATE);
    }

    @ParameterizedTest(name = "{0} X={1} Y={2} Z={3} -> {4}")
    @CsvSource(nullValues = "-", value = {
        "C33,  1200,  3000,     -, MEDIUM",
        "C33,  1000, 40000,     -, LARGE",
        "C33,   300,  1999,     -, SMALL",
        "C33,    19,  5000,     -, MICRO",
        "E47,     -, 90000,  4000, SMALL",
        "P83,   300,     -,     -, LARGE"})
    void workedCasesFromTheStandard(String industry, Long x, Long y, Long z, SizeClass expected) {
        assertEquals(expected, classify(industry, x, y, z).size());
    }

    @Test
    void resultNamesCategoryRuleSetAndExplains() {
        SmeResult r = classify("C3311", 1200L, 3000L, null);
        assertEquals("INDUSTRY", r.categoryId());
        assertEquals("工业", r.categoryName());
        assertEquals("MIIT-2011-300", r.ruleSetId());
        assertEquals(2, r.explanation().size());
        assertTrue(r.explanation().get(0).startsWith("LARGE not met"), r.explanation().get(0));
        assertTrue(r.explanation().get(0).contains("operatingRevenue 3000 < 40000"), r.explanation().get(0));
        assertTrue(r.explanation().get(1).contains("employees 1200 >= 300"), r.explanation().get(1));
        assertTrue(classify("C33", 19L, 5000L, null).explanation().get(3).startsWith("MICRO"));
    }

    @ParameterizedTest
    @CsvSource({"A, AGRICULTURE", "01, AGRICULTURE", "B06, INDUSTRY", "C, INDUSTRY", "D44, INDUSTRY", "E, CONSTRUCTION",
        "51, WHOLESALE", "F52, RETAIL", "54, TRANSPORT", "58, TRANSPORT", "59, WAREHOUSING", "60, POSTAL",
        "61, LODGING", "62, CATERING", "63, INFORMATION_TRANSMISSION", "64, INFORMATION_TRANSMISSION",
        "65, SOFTWARE_IT", "7010, REAL_ESTATE_DEVELOPMENT", "K701, REAL_ESTATE_DEVELOPMENT",
        "7020, PROPERTY_MANAGEMENT", "7030, OTHER", "71, LEASING_BUSINESS", "72, LEASING_BUSINESS",
        "53, OTHER", "M73, OTHER", "P, OTHER", "97, OTHER"})
    void industryToCategory(String code, String category) {
        SmeRuleSet rs = classifier.ruleSetOn(DATE).orElseThrow();
        assertEquals(category, classifier.categoryOf(code, rs).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"J", "66", "J67", "6812", "69"})
    void financeIsNotCovered(String code) {
        SmeNotCoveredException e = assertThrows(SmeNotCoveredException.class, () -> classify(code, 10L, 10L, 10L));
        assertEquals(code, e.industryCode());
        assertEquals("MIIT-2011-300", e.ruleSetId());
        assertTrue(e.getMessage().contains("separate standard"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"70", "K", "G", "F", "H", "I", "L"})
    void tooCoarseCodesAreRejectedNotGuessed(String code) {
        SmeValidationException e = assertThrows(SmeValidationException.class, () -> classify(code, 10L, 10L, 10L));
        assertEquals("industryCode", e.field());
        assertEquals("specific", e.rule());
    }

    @Test
    void unknownOrMissingIndustry() {
        assertEquals("known", assertThrows(SmeValidationException.class, () -> classify("99", 1L, 1L, 1L)).rule());
        SmeValidationException e = assertThrows(SmeValidationException.class, () -> classify(null, 1L, 1L, 1L));
        assertEquals("industryCode", e.field());
        assertEquals("required", e.rule());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "C, -, 100, -, employees", "C, 10, -, -, operatingRevenue", "E, -, 100, -, totalAssets",
        "E, -, -, 100, operatingRevenue", "72, 10, 100, -, totalAssets", "7010, -, 100, -, totalAssets",
        "A, -, -, -, operatingRevenue", "P, -, 5, 5, employees"})
    void missingIndicatorNamesTheField(String industry, Long x, Long y, Long z, String field) {
        SmeValidationException e = assertThrows(SmeValidationException.class, () -> classify(industry, x, y, z));
        assertEquals(field, e.field());
        assertEquals("required", e.rule());
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @Test
    void negativeValuesAreRejected() {
        SmeValidationException e = assertThrows(SmeValidationException.class, () -> classify("C", -1L, 100L, null));
        assertEquals("employees", e.field());
        assertEquals("non-negative", e.rule());
        SmeFacts f = new SmeFacts("E", null, new BigDecimal("100"), new BigDecimal("-0.5"));
        assertEquals("totalAssets", assertThrows(SmeValidationException.class, () -> classifier.classify(f, DATE)).field());
    }

    @Test
    void unusedIndicatorsMayBeMissingOrAnything() {
        assertEquals(SizeClass.MICRO, classify("P", 9L, null, -5L).size());
        assertEquals(SizeClass.SMALL, classify("A", null, 50L, null).size());
    }

    @Test
    void ruleSetIsChosenByEffectiveDate() {
        assertEquals("MIIT-2011-300", classifier.ruleSetOn(LocalDate.of(2011, 6, 18)).orElseThrow().id());
        assertTrue(classifier.ruleSetOn(LocalDate.of(2011, 6, 17)).isEmpty());
        SmeValidationException e = assertThrows(SmeValidationException.class,
                () -> classifier.classify(SmeFacts.of("C", 10L, 10L, null), LocalDate.of(2010, 1, 1)));
        assertEquals("in-force", e.rule());
    }

    @Test
    void fractionalMoneyIsCompared() {
        SmeFacts f = new SmeFacts("65", 100L, new BigDecimal("999.99"), null);
        assertEquals(SizeClass.SMALL, classifier.classify(f, DATE).size());
        SmeFacts g = new SmeFacts("65", 100L, new BigDecimal("1000.00"), null);
        assertEquals(SizeClass.MEDIUM, classifier.classify(g, DATE).size());
    }
}
