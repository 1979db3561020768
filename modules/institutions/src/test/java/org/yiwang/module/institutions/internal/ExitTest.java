package org.yiwang.module.institutions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.institutions.internal.Harness.fields;
import static org.yiwang.module.institutions.internal.Harness.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;

/** Exit (出库) under a controllable clock: notice, appeal window, decisions, the job, expired qualifications. */
class ExitTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private Institution noticed() {
        Institution i = h.admitted();
        return h.exit.noticeByStaff(h.gulouOperator, i.id(), new ReasonRequest("多次投诉属实"));
    }

    private List<String> actions(long id) {
        return h.registry.history(h.gulouOperator, id).stream().map(HistoryEntry::action).toList();
    }

    @Test
    void appealInsideTheWindowThenUpheld() {
        Institution i = noticed();
        assertEquals(Status.NOTICE_OF_EXIT, i.status());
        assertEquals(Harness.START.plus(Duration.ofDays(15)), i.appealDeadline());
        assertEquals(1, h.registry.directory(null, null, null, null, PageRequest.of(null, null)).total(),
                "still listed during the notice");
        Caller self = TestCallers.institution(i.id());
        h.clock.advance(Duration.ofDays(15).minusSeconds(1));
        assertEquals(List.of("text:required"), fields(problem(400, () -> h.exit.appeal(self, i.id(), null))));
        problem(403, () -> h.exit.appeal(h.gulouOperator, i.id(), new AppealRequest("x")));
        problem(403, () -> h.exit.appeal(TestCallers.institution(999), i.id(), new AppealRequest("x")));
        String text = "投诉已整改，附整改报告。" + "整".repeat(3980);
        Institution appealed = h.exit.appeal(self, i.id(), new AppealRequest(text));
        assertEquals(Status.APPEALED, appealed.status());
        assertEquals(text, h.registry.get(self, i.id()).appealText(), "the whole appeal is kept");
        assertEquals(Lifecycle.REASON_MAX, appealed.statusReason().length());
        h.clock.advance(Duration.ofDays(30));
        assertEquals(List.of(), h.exit.sweep(h.clock.instant()).removed(), "an appealed notice waits for staff");
        problem(400, () -> h.exit.decide(h.gulouOperator, i.id(), new AppealDecision(null, null)));
        problem(403, () -> h.exit.decide(h.gulouWindow, i.id(), new AppealDecision(true, "x")));
        Institution back = h.exit.decide(h.gulouOperator, i.id(), new AppealDecision(true, "整改到位"));
        assertEquals(Status.ADMITTED, back.status());
        assertEquals(null, back.appealDeadline());
        assertEquals(Harness.START, back.admittedAt(), "the entry date stays");
        assertEquals(List.of("APPLY", "ADMIT", "NOTICE", "APPEAL", "REINSTATE"), actions(i.id()));
        assertTrue(h.topics().containsAll(List.of("org/yiwang/institutions/APPEALED",
                "org/yiwang/institutions/REINSTATED")));
        assertEquals("ACTIVE", h.accounts.state(String.valueOf(i.id())));
    }

    @Test
    void noAppealByTheDeadlineAndTheJobRemoves() {
        Institution i = noticed();
        Caller self = TestCallers.institution(i.id());
        h.clock.advance(Duration.ofDays(15).minusMillis(1));
        assertEquals(List.of(), h.exit.sweep(h.clock.instant()).removed(), "not before the deadline");
        h.clock.advance(Duration.ofMillis(1));
        ProblemException late = problem(409, () -> h.exit.appeal(self, i.id(), new AppealRequest("晚了")));
        assertTrue(late.getMessage().contains("appeal window closed"), late.getMessage());
        assertEquals(List.of(i.id()), h.exit.sweep(h.clock.instant()).removed());
        Institution removed = h.registry.get(h.gulouOperator, i.id());
        assertEquals(Status.REMOVED, removed.status());
        assertEquals(h.clock.instant(), removed.removedAt());
        assertEquals("DISABLED", h.accounts.state(String.valueOf(i.id())));
        assertEquals(0, h.registry.directory(null, null, null, null, PageRequest.of(null, null)).total());
        problem(404, () -> h.registry.get(TestCallers.ANONYMOUS, i.id()));
        HistoryEntry last = h.registry.history(h.gulouOperator, i.id()).get(3);
        assertEquals("REMOVE", last.action());
        assertEquals("system", last.by());
        assertEquals(List.of(), h.exit.sweep(h.clock.instant()).removed(), "once");
        assertTrue(h.topics().contains("org/yiwang/institutions/REMOVED"));
        assertTrue(h.audit.stream().anyMatch(a -> a.action().equals("remove") && a.actor().equals("system")));
    }

    @Test
    void dismissedAppealRemoves() {
        Institution i = noticed();
        h.exit.appeal(TestCallers.institution(i.id()), i.id(), new AppealRequest("不服"));
        Institution out = h.exit.decide(h.gulouOperator, i.id(), new AppealDecision(false, "申诉理由不成立"));
        assertEquals(Status.REMOVED, out.status());
        assertEquals("DISABLED", h.accounts.state(String.valueOf(i.id())));
        assertEquals(List.of("APPLY", "ADMIT", "NOTICE", "APPEAL", "REMOVE"), actions(i.id()));
    }

    @Test
    void illegalTransitionsAre409() {
        Institution i = h.admitted();
        Caller self = TestCallers.institution(i.id());
        ProblemException e = problem(409, () -> h.exit.appeal(self, i.id(), new AppealRequest("无通知")));
        assertEquals(Problems.ILLEGAL_TRANSITION, e.type());
        problem(409, () -> h.exit.decide(h.gulouOperator, i.id(), new AppealDecision(true, "x")));
        h.exit.noticeByStaff(h.gulouOperator, i.id(), new ReasonRequest("理由"));
        problem(409, () -> h.exit.noticeByStaff(h.gulouOperator, i.id(), new ReasonRequest("再次")));
        problem(409, () -> h.exit.decide(h.gulouOperator, i.id(), new AppealDecision(true, "未申诉")));
        Institution applied = h.apply();
        problem(409, () -> h.exit.noticeByStaff(h.gulouOperator, applied.id(), new ReasonRequest("x")));
        assertEquals(List.of("reason:required"),
                fields(problem(400, () -> h.exit.noticeByStaff(h.gulouOperator, applied.id(), null))));
    }

    @Test
    void anExpiredRequiredQualificationStartsTheExit() {
        Institution i = h.admitted();   // 专利代理机构执业许可证 valid until 2026-12-31, required
        h.clock.set(Instant.parse("2026-12-31T15:59:59Z"));   // 23:59:59 in China, still valid
        assertEquals(List.of(), h.exit.sweep(h.clock.instant()).noticed());
        h.clock.set(Instant.parse("2026-12-31T16:00:00Z"));   // 2027-01-01 in China
        ExitService.Result r = h.exit.sweep(h.clock.instant());
        assertEquals(List.of(i.id()), r.noticed());
        Institution noticed = h.registry.get(h.gulouOperator, i.id());
        assertEquals(Status.NOTICE_OF_EXIT, noticed.status());
        assertTrue(noticed.statusReason().contains("专利代理机构执业许可证"), noticed.statusReason());
        assertEquals(List.of(), h.exit.sweep(h.clock.instant()).noticed(), "once");
        h.clock.advance(Duration.ofDays(15));
        assertEquals(List.of(i.id()), h.exit.sweep(h.clock.instant()).removed());
    }
}
