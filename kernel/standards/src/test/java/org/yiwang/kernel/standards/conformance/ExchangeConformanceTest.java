package org.yiwang.kernel.standards.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.standards.internal.Resources;

class ExchangeConformanceTest {

    private static final String EXAMPLE = "org/yiwang/kernel/standards/exchange/v1/enterprise.example.json";

    private static Map<String, Object> minimal() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("format", "yiwang.exchange/1");
        d.put("uscc", "91110108551385082Q");
        d.put("name", "某某有限公司");
        d.put("regionCode", "110108");
        d.put("industryCode", "65");
        return d;
    }

    private static ConformanceReport check(Map<String, Object> d) {
        return ExchangeConformance.checkEnterprise(d);
    }

    @Test
    void bundledExampleAndMinimalDocumentConform() {
        ConformanceReport r = ExchangeConformance.checkEnterpriseJson(Resources.text(EXAMPLE));
        assertTrue(r.conforms(), r.toString());
        assertTrue(r.violations().isEmpty(), r.toString());
        assertTrue(check(minimal()).conforms());
    }

    @Test
    void formatMarker() {
        Map<String, Object> d = minimal();
        d.put("format", "yiwang.exchange/2");
        assertTrue(check(d).has("format"));
        d.remove("format");
        assertFalse(check(d).conforms());
    }

    @Test
    void requiredFields() {
        for (String field : List.of("uscc", "name", "regionCode", "industryCode")) {
            Map<String, Object> d = minimal();
            d.remove(field);
            ConformanceReport r = check(d);
            assertFalse(r.conforms(), field);
            assertEquals("/" + field, r.violations().get(0).path());
            assertEquals("required", r.violations().get(0).rule());
        }
        Map<String, Object> d = minimal();
        d.put("name", 42);
        assertTrue(check(d).has("type"));
    }

    @Test
    void usccMustBeValidAndNormalised() {
        Map<String, Object> d = minimal();
        d.put("uscc", "91350100M000100Y4Z");
        ConformanceReport r = check(d);
        assertTrue(r.has("uscc-valid"));
        assertTrue(r.violations().get(0).message().contains("CHECK_CHARACTER"), r.toString());
        d.put("uscc", "91110108551385082q");
        assertTrue(check(d).has("uscc-valid"));
    }

    @Test
    void regionCodeKnownCurrentAndConsistent() {
        Map<String, Object> d = minimal();
        d.put("regionCode", "990000");
        assertTrue(check(d).has("region-known"));
        d.put("regionCode", "110103");
        ConformanceReport retired = check(d);
        assertTrue(retired.has("region-current"));
        assertTrue(retired.conforms(), "a retired code is a warning only");
        d.put("regionCode", "110108");
        d.put("region", Map.of("code", "110101"));
        assertTrue(check(d).has("region-consistent"));
    }

    @Test
    void industryCodeKnown() {
        Map<String, Object> d = minimal();
        d.put("industryCode", "A33");
        assertTrue(check(d).has("industry-known"));
        d.put("industryCode", "C3311");
        assertTrue(check(d).conforms());
    }

    @Test
    void numbersEnumsDatesAndUnknownFields() {
        Map<String, Object> d = minimal();
        d.put("employees", new BigDecimal("12.5"));
        d.put("operatingRevenue", -1);
        d.put("totalAssets", "lots");
        d.put("size", "HUGE");
        d.put("established", "2020-13-01");
        d.put("colour", "blue");
        d.put("x-colour", "blue");
        ConformanceReport r = check(d);
        for (String rule : List.of("type", "non-negative", "enum", "date", "unknown-field")) {
            assertTrue(r.has(rule), rule + " in " + r);
        }
        assertEquals(1, r.violations().stream().filter(v -> v.rule().equals("unknown-field")).count());
    }

    @Test
    void tierAwards() {
        Map<String, Object> d = minimal();
        d.put("tiers", List.of(Map.of("tier", "LITTLE_GIANT", "awardedOn", "2024-01-01", "expiresOn", "2026-01-01"),
                Map.of("tier", "GOLD"), "x"));
        ConformanceReport r = check(d);
        assertTrue(r.has("tier-expiry"));
        assertTrue(r.has("enum"));
        assertTrue(r.has("required"));
        assertTrue(r.has("type"));
        d.put("tiers", "none");
        assertTrue(check(d).has("type"));
    }

    @Test
    void malformedJson() {
        assertTrue(ExchangeConformance.checkEnterpriseJson("{\"format\": ").has("json"));
        assertTrue(ExchangeConformance.checkEnterpriseJson("[]").has("type"));
    }
}
