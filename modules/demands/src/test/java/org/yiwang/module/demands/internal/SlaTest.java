package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.demands.internal.Harness.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.problem.ProblemException;

/** Deadlines per category, reminders before them and escalation after, driven by a movable clock. */
class SlaTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private void deadlines() {
        h.routing.putSla(TestCallers.ADMIN, new SlaSettings(120, 80, Map.of("legal-aid", 10)));
    }

    @Test
    void remindsAtEightyPercentThenEscalatesLevelByLevel() {
        deadlines();
        Demand d = h.submit();
        assertEquals(Harness.START.plus(Duration.ofHours(10)), d.due());

        h.clock.advance(Duration.ofHours(7));
        assertEquals(List.of(), h.demands.sweep(h.clock.instant()).reminded());
        assertEquals(SlaState.ON_TIME, h.demands.get(h.gulouStaff, d.id()).sla());
        h.clock.advance(Duration.ofHours(1));
        assertEquals(List.of(d.id()), h.demands.sweep(h.clock.instant()).reminded());
        Demand reminded = h.demands.get(h.gulouStaff, d.id());
        assertTrue(reminded.reminded());
        assertEquals(SlaState.DUE_SOON, reminded.sla());
        assertEquals(List.of(), h.demands.sweep(h.clock.instant()).reminded(), "reminded once");

        h.clock.advance(Duration.ofHours(2));
        SlaSweep.Result r = h.demands.sweep(h.clock.instant());
        assertEquals(List.of(d.id()), r.escalated());
        Demand up = h.demands.get(h.fuzhouStaff, d.id());
        assertEquals(Harness.FUZHOU, up.windowRegion());
        assertEquals(1, up.escalationLevel());
        assertEquals(SlaState.OVERDUE, up.sla());
        problem(403, () -> h.act(h.gulouStaff, up, Action.ACCEPT));

        h.clock.advance(Duration.ofHours(9));
        assertEquals(List.of(), h.demands.sweep(h.clock.instant()).escalated(), "not before another full deadline");
        h.clock.advance(Duration.ofHours(1));
        assertEquals(List.of(d.id()), h.demands.sweep(h.clock.instant()).escalated());
        assertEquals("350000", h.demands.get(h.provinceStaff, d.id()).windowRegion());
        h.clock.advance(Duration.ofDays(30));
        assertEquals(List.of(), h.demands.sweep(h.clock.instant()).escalated(), "the province is the top");
        Demand top = h.demands.get(h.provinceStaff, d.id());
        assertEquals(2, top.escalationLevel());

        List<HistoryEntry> history = h.demands.history(h.provinceStaff, d.id());
        assertEquals(List.of("SUBMIT", "REMIND", "ESCALATE", "ESCALATE"), history.stream().map(HistoryEntry::action).toList());
        assertEquals(Harness.GULOU, history.get(2).fromWindow());
        assertEquals(Harness.FUZHOU, history.get(2).toWindow());
        assertTrue(h.topics().containsAll(List.of("org/yiwang/demands/REMINDED", "org/yiwang/demands/ESCALATED")));
        assertTrue(h.audit.stream().anyMatch(a -> a.action().equals("escalate") && a.actor().equals("system")));
    }

    @Test
    void resolvedDemandsLeaveTheSlaClock() {
        deadlines();
        Demand d = h.to(Status.RESOLVED);
        h.clock.advance(Duration.ofDays(3));
        SlaSweep.Result r = h.demands.sweep(h.clock.instant());
        assertTrue(r.reminded().isEmpty() && r.escalated().isEmpty());
        assertEquals(SlaState.ON_TIME, h.demands.get(h.gulouStaff, d.id()).sla());
    }

    @Test
    void overdueFilterAndDefaultDeadline() {
        deadlines();
        Demand late = h.submit();
        Demand other = h.submit("information");
        assertEquals(Harness.START.plus(Duration.ofHours(120)), other.due(), "default deadline");
        h.clock.advance(Duration.ofHours(11));
        var overdue = h.demands.list(h.gulouStaff, null, null, "true", null, PageRequest.of(null, null));
        assertEquals(List.of(late.id()), overdue.items().stream().map(Demand::id).toList());
        var onTime = h.demands.list(h.gulouStaff, null, null, "false", null, PageRequest.of(null, null));
        assertEquals(List.of(other.id()), onTime.items().stream().map(Demand::id).toList());
        assertFalse(h.demands.get(h.gulouStaff, late.id()).reminded(), "the job has not run yet");
    }

    @Test
    void slaSettingsAreValidated() {
        ProblemException e = problem(400, () -> h.routing.putSla(TestCallers.ADMIN,
                new SlaSettings(0, 100, Map.of("astrology", 5, "legal-aid", -1))));
        assertTrue(Harness.fields(e).containsAll(List.of("defaultHours:range", "reminderPercent:range",
                "categories.astrology:known", "categories.legal-aid:range")), Harness.fields(e).toString());
        assertEquals(120, h.routing.sla().defaultHours(), "nothing changed");
        deadlines();
        assertEquals(Map.of("legal-aid", 10), h.routing.sla().categories());
    }
}
