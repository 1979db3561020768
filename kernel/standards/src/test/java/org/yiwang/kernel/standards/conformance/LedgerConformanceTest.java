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

class LedgerConformanceTest {

    private static final String FOLDER = "org/yiwang/kernel/standards/exchange/v1/";

    private static Map<String, Object> record() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("format", "yiwang.exchange/1");
        d.put("id", "r-1");
        d.put("uscc", "91110108551385082Q");
        d.put("regionCode", "110108");
        d.put("module", "demands");
        d.put("category", "legal-aid");
        d.put("channel", "HOTLINE");
        d.put("provider", new LinkedHashMap<>(Map.of("kind", "EXPERT", "id", "e-7", "name", "王律师")));
        d.put("title", "合同纠纷咨询");
        d.put("requestedAt", "2025-03-01T09:00:00+08:00");
        d.put("status", "OPEN");
        return d;
    }

    private static Map<String, Object> rating() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("format", "yiwang.exchange/1");
        d.put("recordId", "r-1");
        d.put("uscc", "91110108551385082Q");
        d.put("score", new BigDecimal(4));
        d.put("ratedAt", "2025-03-05T10:00:00Z");
        d.put("byStaff", Boolean.FALSE);
        return d;
    }

    @Test
    void bundledExamplesAndMinimalDocumentsConform() {
        ConformanceReport r = LedgerConformance.checkServiceRecordJson(Resources.text(FOLDER + "service-record.example.json"));
        assertTrue(r.violations().isEmpty(), r.toString());
        ConformanceReport s = LedgerConformance.checkSatisfactionJson(Resources.text(FOLDER + "satisfaction.example.json"));
        assertTrue(s.violations().isEmpty(), s.toString());
        assertTrue(LedgerConformance.checkServiceRecord(record()).conforms());
        assertTrue(LedgerConformance.checkSatisfaction(rating()).conforms());
    }

    @Test
    void requiredFieldsOfARecord() {
        for (String field : List.of("id", "uscc", "regionCode", "module", "category", "channel", "provider", "title",
                "requestedAt", "status")) {
            Map<String, Object> d = record();
            d.remove(field);
            ConformanceReport r = LedgerConformance.checkServiceRecord(d);
            assertFalse(r.conforms(), field);
            assertEquals("/" + field, r.violations().get(0).path(), field);
            assertEquals("required", r.violations().get(0).rule(), field);
        }
    }

    @Test
    void vocabularyCodesAndTimes() {
        Map<String, Object> d = record();
        d.put("category", "astrology");
        d.put("channel", "FAX");
        d.put("module", "Demands");
        d.put("uscc", "91350100M000100Y4Z");
        d.put("regionCode", "990000");
        d.put("requestedAt", "2025-03-01 09:00");
        d.put("colour", "blue");
        ((Map<String, Object>) d.get("provider")).put("kind", "FRIEND");
        ConformanceReport r = LedgerConformance.checkServiceRecord(d);
        for (String rule : List.of("category-known", "enum", "pattern", "uscc-valid", "region-known", "date-time",
                "unknown-field")) {
            assertTrue(r.has(rule), rule + " in " + r);
        }
        assertTrue(r.violations().stream().anyMatch(v -> v.path().equals("/provider/kind")), r.toString());
    }

    @Test
    void completionAndTimeOrder() {
        Map<String, Object> d = record();
        d.put("status", "COMPLETED");
        assertTrue(LedgerConformance.checkServiceRecord(d).has("status-consistent"));
        d.put("completedAt", "2025-02-28T09:00:00+08:00");
        ConformanceReport r = LedgerConformance.checkServiceRecord(d);
        assertFalse(r.has("status-consistent"));
        assertTrue(r.has("time-order"));
        Map<String, Object> open = record();
        open.put("completedAt", "2025-03-02T09:00:00+08:00");
        assertTrue(LedgerConformance.checkServiceRecord(open).has("status-consistent"));
    }

    @Test
    void ratingRules() {
        Map<String, Object> d = record();
        d.put("satisfaction", rating());
        assertTrue(LedgerConformance.checkServiceRecord(d).has("rating-after-completion"), "open records carry no rating");
        d.put("status", "COMPLETED");
        d.put("completedAt", "2025-03-02T09:00:00+08:00");
        assertTrue(LedgerConformance.checkServiceRecord(d).conforms());
        Map<String, Object> other = rating();
        other.put("recordId", "r-2");
        d.put("satisfaction", other);
        assertTrue(LedgerConformance.checkServiceRecord(d).has("satisfaction-consistent"));
        for (Object bad : List.of(new BigDecimal(0), new BigDecimal(6), new BigDecimal("4.5"), "5")) {
            Map<String, Object> s = rating();
            s.put("score", bad);
            assertFalse(LedgerConformance.checkSatisfaction(s).conforms(), String.valueOf(bad));
        }
        Map<String, Object> s = rating();
        s.put("byStaff", "yes");
        s.remove("ratedAt");
        ConformanceReport r = LedgerConformance.checkSatisfaction(s);
        assertTrue(r.has("type"));
        assertTrue(r.has("required"));
    }

    @Test
    void malformedJson() {
        assertTrue(LedgerConformance.checkServiceRecordJson("{\"format\": ").has("json"));
        assertTrue(LedgerConformance.checkSatisfactionJson("[]").has("type"));
    }
}
