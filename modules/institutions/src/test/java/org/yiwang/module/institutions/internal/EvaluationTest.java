package org.yiwang.module.institutions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.institutions.internal.Harness.fields;
import static org.yiwang.module.institutions.internal.Harness.problem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.security.AccountKind;

/** The evaluation arithmetic on known numbers, weights, threshold edges and the settings' validation. */
class EvaluationTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static EvaluationSettings weights(int c, int m, int q, int s, String threshold) {
        return new EvaluationSettings(c, m, q, s, d(threshold), 15, null, null);
    }

    /** A completed, rated ledger record of the institution requested at {@code at}. */
    private void rated(Institution i, int score, Instant at) {
        ServiceRecord r = h.ledger.record(h.enterprise, new NewServiceRecord(h.enterpriseUscc, Harness.GULOU,
                "institutions", "legal-aid", "ONLINE", new Provider(Provider.Kind.INSTITUTION, String.valueOf(i.id()),
                i.name()), "服务", "r" + h.ledger.records.size(), at, null, null, null));
        h.ledger.complete(h.enterprise, r.id(), "完成");
        h.ledger.rate(h.enterprise, r.id(), score, null);
    }

    @Test
    void scoringArithmetic() {
        EvaluationSettings w = weights(30, 20, 20, 30, "60");
        // (30·80 + 20·70 + 20·90 + 30·75) / 100 = 7850 / 100
        assertEquals(d("78.50"), Scoring.score(w, d("80"), d("70"), d("90"), d("75.00")).total());
        // no rating: (25·80 + 25·70 + 25·91) / 75 = 6025 / 75 = 80.333… → 80.33
        EvaluationSettings even = weights(25, 25, 25, 25, "60");
        assertEquals(d("80.33"), Scoring.score(even, d("80"), d("70"), d("91"), null).total());
        // half up at the second decimal: (50·0.01 + 50·0) / 100 = 0.005 → 0.01
        assertEquals(d("0.01"), Scoring.score(weights(50, 50, 0, 0, "0"), d("0.01"), d("0"), d("0"), d("0")).total());
        assertEquals(d("66.67"), Scoring.satisfaction(2.0 / 3));
        assertEquals(d("90.00"), Scoring.satisfaction(0.9));
        assertNull(Scoring.satisfaction(null));
        // threshold edges: equal passes, one hundredth below fails
        assertTrue(Scoring.score(weights(100, 0, 0, 0, "60"), d("60"), d("0"), d("0"), null).passed());
        assertFalse(Scoring.score(weights(100, 0, 0, 0, "60"), d("59.99"), d("0"), d("0"), null).passed());
        assertThrows(ArithmeticException.class, () -> Scoring.score(weights(0, 0, 0, 100, "60"), d("1"), d("1"), d("1"), null));
    }

    @Test
    void satisfactionComesFromTheLedgerOfTheInstitutionAndPeriod() {
        Institution i = h.admitted();
        Institution other = h.admitted();
        h.evaluations.putSettings(TestCallers.ADMIN, weights(30, 20, 20, 30, "60"));
        Instant inPeriod = Instant.parse("2025-03-01T02:00:00Z");
        rated(i, 5, inPeriod);
        rated(i, 4, inPeriod);
        rated(i, 5, inPeriod);
        rated(i, 2, inPeriod);
        rated(i, 1, Instant.parse("2024-12-31T15:59:00Z"));   // 2024-12-31 23:59 in China: before the period
        rated(other, 1, inPeriod);
        Evaluation e = h.evaluations.evaluate(h.gulouOperator, i.id(), h.scores("80", "70", "90"));
        assertEquals(4, e.ratings());
        assertEquals(d("75.00"), e.satisfaction());
        assertEquals(d("78.50"), e.total());
        assertTrue(e.passed());
        assertEquals(List.of(30, 20, 20, 30), List.of(e.capacityWeight(), e.managementWeight(), e.qualityWeight(),
                e.satisfactionWeight()));
        assertEquals(String.valueOf(i.id()), h.ledger.kpiQueries.get(0).provider());
        assertEquals(Instant.parse("2024-12-31T16:00:00Z"), h.ledger.kpiQueries.get(0).from());
        assertEquals(Instant.parse("2025-06-15T16:00:00Z"), h.ledger.kpiQueries.get(0).to(), "periodTo included");
        assertEquals(Status.ADMITTED, h.registry.get(h.gulouOperator, i.id()).status());
        assertEquals(List.of(e), h.evaluations.list(TestCallers.institution(i.id()), i.id()));
        assertTrue(h.topics().contains("org/yiwang/institutions/EVALUATED"));
        assertTrue(h.registry.history(h.gulouOperator, i.id()).stream().anyMatch(x -> x.action().equals("EVALUATE")));
    }

    @Test
    void aTotalBelowTheThresholdStartsTheExitAndEqualDoesNot() {
        h.evaluations.putSettings(TestCallers.ADMIN, weights(40, 30, 30, 0, "60"));
        Institution atThreshold = h.admitted();
        Evaluation ok = h.evaluations.evaluate(h.gulouOperator, atThreshold.id(), h.scores("60", "60", "60"));
        assertEquals(d("60.00"), ok.total());
        assertEquals(Status.ADMITTED, h.registry.get(h.gulouOperator, atThreshold.id()).status());

        Institution below = h.admitted();
        // (40·59.98 + 30·60 + 30·60) / 100 = 59.992 → 59.99
        Evaluation low = h.evaluations.evaluate(h.gulouOperator, below.id(), h.scores("59.98", "60", "60"));
        assertEquals(d("59.99"), low.total());
        assertFalse(low.passed());
        Institution noticed = h.registry.get(h.gulouOperator, below.id());
        assertEquals(Status.NOTICE_OF_EXIT, noticed.status());
        assertEquals(Harness.START.plus(Duration.ofDays(15)), noticed.appealDeadline());
        assertTrue(noticed.statusReason().contains("59.99"));
        assertTrue(h.topics().contains("org/yiwang/institutions/EXIT_NOTICE"));
        // a second low score during the notice does not start another one
        h.evaluations.evaluate(h.gulouOperator, below.id(), h.scores("10", "10", "10"));
        assertEquals(noticed.appealDeadline(), h.registry.get(h.gulouOperator, below.id()).appealDeadline());
    }

    @Test
    void whoMayEvaluateAndWhat() {
        Institution i = h.admitted();
        Institution applied = h.apply();
        problem(404, () -> h.evaluations.evaluate(h.taijiangOperator, applied.id(), h.scores("1", "1", "1")));
        problem(403, () -> h.evaluations.evaluate(h.taijiangOperator, i.id(), h.scores("1", "1", "1")));
        problem(403, () -> h.evaluations.evaluate(h.gulouWindow, i.id(), h.scores("1", "1", "1")));
        problem(409, () -> h.evaluations.evaluate(h.gulouOperator, applied.id(), h.scores("1", "1", "1")));
        problem(403, () -> h.evaluations.list(h.enterprise, i.id()));
        EvaluationRequest bad = new EvaluationRequest(java.time.LocalDate.parse("2025-06-01"),
                java.time.LocalDate.parse("2025-05-01"), d("101"), d("-1"), d("50.123"), null);
        assertEquals(List.of("capacity:range", "management:range", "quality:scale", "periodTo:after-from"),
                fields(problem(400, () -> h.evaluations.evaluate(h.gulouOperator, i.id(), bad))));
        assertEquals(0, h.count("institutions_evaluation"));
    }

    @Test
    void settingsAreValidatedAndStored() {
        EvaluationSettings defaults = h.evaluations.settings();
        assertEquals(List.of(25, 25, 25, 25), List.of(defaults.capacityWeight(), defaults.managementWeight(),
                defaults.qualityWeight(), defaults.satisfactionWeight()));
        assertEquals(d("60.00"), defaults.threshold());
        assertEquals(15, defaults.appealDays());
        assertEquals(List.of("weights:sum"), fields(problem(400,
                () -> h.evaluations.putSettings(TestCallers.ADMIN, weights(30, 30, 30, 30, "60")))));
        assertEquals(List.of("capacityWeight:range", "threshold:range", "appealDays:range"), fields(problem(400,
                () -> h.evaluations.putSettings(TestCallers.ADMIN, new EvaluationSettings(-1, 50, 50, 0, d("100.01"), 0,
                        null, null)))));
        assertEquals(List.of("satisfactionWeight:range"), fields(problem(400,
                () -> h.evaluations.putSettings(TestCallers.ADMIN, weights(0, 0, 0, 100, "60")))));
        EvaluationSettings saved = h.evaluations.putSettings(TestCallers.ADMIN,
                new EvaluationSettings(10, 20, 30, 40, d("75.5"), 30, null, null));
        assertEquals(d("75.50"), saved.threshold());
        assertEquals(30, saved.appealDays());
        assertEquals("admin", saved.updatedBy());
        assertTrue(h.audit.stream().anyMatch(a -> a.entity().equals("institution-evaluation-settings")));
        assertEquals(AccountKind.ADMIN, EvaluationService.LEDGER_READER.kind());
    }
}
