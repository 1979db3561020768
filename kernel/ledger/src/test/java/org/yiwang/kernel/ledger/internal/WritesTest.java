package org.yiwang.kernel.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;

/** Validation names every field and writes nothing; findBySource idempotency; audit entries. */
class WritesTest {

    private static final String E1 = Harness.uscc("350102", 1);
    private static final Instant T = Instant.parse("2025-05-01T02:00:00Z");

    private static Map<String, String> errors(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        assertEquals(400, e.type().status());
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::rule, (a, b) -> a + "," + b));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        try (Harness h = new Harness()) {
            NewServiceRecord bad = new NewServiceRecord("91350100M000100Y4Z", "990000", "Demands!", "astrology", "FAX",
                    new Provider(null, " ", null), " ", "x".repeat(101), null, null, null, "done");
            Map<String, String> e = errors(() -> h.ledger.record(Harness.ADMIN, bad));
            assertEquals("uscc-check-character", e.get("uscc"));
            assertEquals("region-known", e.get("regionCode"));
            assertEquals("pattern", e.get("module"));
            assertEquals("enum", e.get("category"));
            assertEquals("enum", e.get("channel"));
            assertEquals("required", e.get("provider.kind"));
            assertEquals("required", e.get("provider.id"));
            assertEquals("required", e.get("provider.name"));
            assertEquals("required", e.get("title"));
            assertEquals("max-length", e.get("sourceRef"));
            assertEquals("required", e.get("requestedAt"));
            assertEquals("required", e.get("completedAt"), "an outcome without completion");

            NewServiceRecord good = Harness.open(E1, "350102", "demands", "ONLINE", "P1", T);
            Map<String, String> times = errors(() -> h.ledger.record(Harness.ADMIN, Harness.timed(
                    new NewServiceRecord(good.uscc(), "110103", good.module(), good.category(), good.channel(), null,
                            good.title(), null, Harness.NOW.plusSeconds(3600), T, T, null), T, T)));
            assertEquals("region-current", times.get("regionCode"), "retired codes are refused");
            assertEquals("required", times.get("provider"));
            assertEquals("not-future", times.get("requestedAt"));
            assertEquals("not-before-requestedAt", times.get("respondedAt"));
            assertEquals("not-before-requestedAt", times.get("completedAt"));
            assertEquals(Map.of("body", "required"), errors(() -> h.ledger.record(Harness.ADMIN, null)));

            assertEquals(0, h.count("LEDGER_RECORD"));
            assertEquals(0, h.count("LEDGER_KPI_MONTH"));
            assertEquals(0, h.count("LEDGER_KPI_REACH"));
            assertTrue(h.audit.isEmpty(), "refused writes leave no entity audit entry");
        }
    }

    @Test
    void recordingTheSameSourceTwiceReturnsTheFirstRecord() {
        try (Harness h = new Harness()) {
            NewServiceRecord in = Harness.withSource(Harness.open(E1, "350102", "demands", "ONLINE", "P1", T), "D-17");
            ServiceRecord first = h.ledger.record(Harness.staff("350100"), in);
            NewServiceRecord changed = Harness.withSource(Harness.open(E1, "350102", "demands", "HOTLINE", "P9",
                    T.plusSeconds(60)), "D-17");
            ServiceRecord again = h.ledger.record(Harness.staff("350100"), changed);
            assertEquals(first, again, "unchanged");
            assertEquals(first, h.ledger.findBySource("demands", "D-17").orElseThrow());
            assertTrue(h.ledger.findBySource("demands", "D-18").isEmpty());
            assertTrue(h.ledger.findBySource("policy", "D-17").isEmpty());
            ServiceRecord other = h.ledger.record(Harness.ADMIN,
                    Harness.withSource(Harness.open(E1, "350102", "policy", "ONLINE", "P1", T), "D-17"));
            assertNotEquals(first.id(), other.id(), "the same reference in another module is another service");
            assertEquals(2, h.count("LEDGER_RECORD"));
            assertEquals(2, h.ledger.kpis(Harness.ADMIN, new org.yiwang.kernel.api.ledger.KpiQuery(null, null, null, null,
                    null)).servicesOpen());
        }
    }

    @Test
    void everyWriteIsAudited() {
        try (Harness h = new Harness()) {
            ServiceRecord r = h.ledger.record(Harness.staff("350100"), Harness.open(E1, "350102", "demands", "ONLINE", "P1", T));
            h.ledger.complete(Harness.staff("350100"), r.id(), "已解决");
            h.ledger.followUp(Harness.staff("350100"), r.id(), "HOTLINE", "回访内容，含联系方式 13800000000");
            h.ledger.rate(Harness.enterprise(E1), r.id(), 5, null);
            List<AuditEntry> entries = h.audit;
            assertEquals(List.of("create", "complete", "follow-up", "rate"), entries.stream().map(AuditEntry::action).toList());
            for (AuditEntry e : entries) {
                assertEquals("service-record", e.entity());
                assertEquals(r.id(), e.entityId());
                assertEquals("success", e.outcome());
                assertTrue(e.changedFields().stream().noneMatch(f -> f.contains("1380")), "field names only");
            }
            assertEquals("staff350100", entries.get(0).actor());
            assertEquals("ent" + E1, entries.get(3).actor());
            h.ledger.record(Harness.staff("350100"), Harness.withSource(
                    Harness.open(E1, "350102", "demands", "ONLINE", "P1", T), "S-1"));
            h.ledger.record(Harness.staff("350100"), Harness.withSource(
                    Harness.open(E1, "350102", "demands", "ONLINE", "P1", T), "S-1"));
            assertEquals(5, h.audit.size(), "the idempotent repeat writes nothing and audits nothing");
        }
    }
}
