package org.yiwang.kernel.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.api.problem.FieldError;

class EnterpriseValidatorTest {

    private final EnterpriseValidator validator = EnterpriseValidator.bundled(Fixtures.CLOCK);
    private final String uscc = Fixtures.uscc("350102", 1);

    private List<FieldError> errorsOf(UnaryOperator<Enterprise> change) {
        List<FieldError> errors = new ArrayList<>();
        Enterprise e = validator.validate(change.apply(Fixtures.sample(uscc)), errors);
        if (errors.isEmpty()) {
            assertNotNull(e);
        } else {
            assertNull(e, "an invalid profile is not returned");
        }
        return errors;
    }

    private static Enterprise copy(Enterprise e, String uscc, String name, String region, String industry,
                                   Integer employees, BigDecimal revenue, LocalDate established) {
        return new Enterprise(uscc, name, region, industry, null, employees, revenue, e.totalAssets(), established,
                e.rdExpense(), null, e.ipClassOne(), e.ipTotal(), e.tiers(), e.contacts(), e.tags(), null, null, 0L);
    }

    private static void assertRule(List<FieldError> errors, String field, String rule) {
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field) && e.rule().equals(rule)),
                "expected " + field + "/" + rule + " in " + errors);
    }

    @Test
    void normalisesAndComputes() {
        List<FieldError> errors = new ArrayList<>();
        Enterprise in = copy(Fixtures.sample(uscc), uscc.toLowerCase(), "  示例  ", "350102", "3311", 120,
                new BigDecimal("1850.50"), LocalDate.of(2010, 3, 8));
        Enterprise e = validator.validate(in, errors);
        assertEquals(List.of(), errors);
        assertEquals(uscc, e.uscc());
        assertEquals("示例", e.name());
        assertEquals("C3311", e.industryCode());
        assertEquals("SMALL", e.sizeClass(), "industry: 120 people, 1850.5 万元 is small");
        assertEquals(new BigDecimal("1850.5"), e.operatingRevenue());
        assertEquals(new BigDecimal("5.15"), e.rdRatio(), "95.25 / 1850.5 in percent");
        assertEquals(LocalDate.of(2027, 5, 20), e.tiers().get(0).validUntil());
    }

    @Test
    void usccRulesNameTheFailedStep() {
        assertRule(errorsOf(e -> copy(e, null, e.name(), e.regionCode(), e.industryCode(), 1, null, null)), "uscc", "required");
        String wrongCheck = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        List<FieldError> errors = errorsOf(e -> copy(e, wrongCheck, e.name(), e.regionCode(), e.industryCode(), 1, null, null));
        assertRule(errors, "uscc", "uscc-check-character");
        assertTrue(errors.get(0).message().zh().contains("CHECK_CHARACTER"));
        assertRule(errorsOf(e -> copy(e, "91350102", e.name(), e.regionCode(), e.industryCode(), 1, null, null)), "uscc", "uscc-length");
    }

    @Test
    void nameRequiredAndBounded() {
        assertRule(errorsOf(e -> copy(e, uscc, " ", e.regionCode(), e.industryCode(), 1, null, null)), "name", "required");
        assertRule(errorsOf(e -> copy(e, uscc, "名".repeat(201), e.regionCode(), e.industryCode(), 1, null, null)), "name", "max-length");
        assertEquals(List.of(), errorsOf(e -> copy(e, uscc, "名".repeat(200), e.regionCode(), e.industryCode(), 1, null, null)));
    }

    @Test
    void regionMustBeKnownAndCurrent() {
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), null, e.industryCode(), 1, null, null)), "regionCode", "required");
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), "999999", e.industryCode(), 1, null, null)), "regionCode", "region-known");
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), "110103", e.industryCode(), 1, null, null)), "regionCode", "region-current");
        assertEquals(List.of(), errorsOf(e -> copy(e, uscc, e.name(), "420000", e.industryCode(), 1, null, null)), "a province is allowed");
        assertEquals(List.of(), errorsOf(e -> copy(e, uscc, e.name(), "429004", e.industryCode(), 1, null, null)), "xx90 unit");
    }

    @Test
    void industryMustBeKnown() {
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), "", 1, null, null)), "industryCode", "required");
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), "C99", 1, null, null)), "industryCode", "industry-known");
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), "X1", 1, null, null)), "industryCode", "industry-known");
    }

    @Test
    void numbersNonNegativeAndMoneyBounded() {
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), e.industryCode(), -1, null, null)), "employees", "non-negative");
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), e.industryCode(), 1, new BigDecimal("-0.1"), null)),
                "operatingRevenue", "non-negative");
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), e.industryCode(), 1, new BigDecimal("1.23456"), null)),
                "operatingRevenue", "scale");
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), e.industryCode(), 1, new BigDecimal("1E15"), null)),
                "operatingRevenue", "range");
        assertRule(errorsOf(e -> new Enterprise(uscc, e.name(), e.regionCode(), e.industryCode(), null, 1, null, null, null,
                null, null, 5, 4, List.of(), List.of(), List.of(), null, null, 0L)), "ipClassOne", "not-above-total");
    }

    @Test
    void establishedNotInTheFutureInChina() {
        assertRule(errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), e.industryCode(), 1, null,
                Fixtures.TODAY.plusDays(1))), "establishedOn", "not-future");
        assertEquals(List.of(), errorsOf(e -> copy(e, uscc, e.name(), e.regionCode(), e.industryCode(), 1, null, Fixtures.TODAY)));
    }

    @Test
    void sizeIsNullWhenNotCoveredOrIndicatorsMissing() {
        List<FieldError> errors = new ArrayList<>();
        Enterprise finance = validator.validate(copy(Fixtures.sample(uscc), uscc, "银行", "350102", "J66", 10,
                new BigDecimal("100"), null), errors);
        assertNull(finance.sizeClass());
        Enterprise missing = validator.validate(copy(Fixtures.sample(uscc), uscc, "厂", "350102", "C3311", null,
                new BigDecimal("100"), null), errors);
        assertNull(missing.sizeClass());
        Enterprise large = validator.validate(copy(Fixtures.sample(uscc), uscc, "厂", "350102", "C3311", 1000,
                new BigDecimal("40000"), null), errors);
        assertEquals("LARGE", large.sizeClass());
        assertEquals(List.of(), errors);
    }

    @Test
    void listRules() {
        assertRule(errorsOf(e -> Fixtures.named(e, e.name(), List.of(new TierAward("GOLD", Fixtures.TODAY, null)), e.tags())),
                "tiers[0].tier", "enum");
        assertRule(errorsOf(e -> Fixtures.named(e, e.name(), List.of(new TierAward("BASE", null, null)), e.tags())),
                "tiers[0].awardedOn", "required");
        TierAward t = new TierAward("BASE", LocalDate.of(2024, 1, 1), null);
        assertRule(errorsOf(e -> Fixtures.named(e, e.name(), List.of(t, t), e.tags())), "tiers[1]", "duplicate");
        assertRule(errorsOf(e -> Fixtures.named(e, e.name(), e.tiers(), List.of("a;b"))), "tags[0]", "separator");
        assertRule(errorsOf(e -> Fixtures.named(e, e.name(), e.tiers(), List.of("x".repeat(51)))), "tags[0]", "max-length");
        assertRule(errorsOf(e -> withContact(e, new Contact("李四", null, "abc", "li@example.cn"))), "contacts[0].phone", "pattern");
        assertRule(errorsOf(e -> withContact(e, new Contact("李四", null, null, "not-an-address"))), "contacts[0].email", "pattern");
        assertRule(errorsOf(e -> withContact(e, new Contact(" ", null, null, null))), "contacts[0].name", "required");
    }

    @Test
    void reportsManyErrorsTogether() {
        List<FieldError> errors = errorsOf(e -> copy(e, "bad", "", "999999", "C99", -1, new BigDecimal("-1"),
                Fixtures.TODAY.plusYears(1)));
        assertEquals(List.of("uscc", "name", "regionCode", "industryCode", "employees", "operatingRevenue", "establishedOn"),
                errors.stream().map(FieldError::field).toList());
    }

    private static Enterprise withContact(Enterprise e, Contact c) {
        return new Enterprise(e.uscc(), e.name(), e.regionCode(), e.industryCode(), null, e.employees(), e.operatingRevenue(),
                e.totalAssets(), e.establishedOn(), e.rdExpense(), null, e.ipClassOne(), e.ipTotal(), e.tiers(), List.of(c),
                e.tags(), null, null, 0L);
    }
}
