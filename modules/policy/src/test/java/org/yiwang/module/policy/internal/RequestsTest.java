package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yiwang.module.policy.internal.Harness.problem;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;

/** Consultations and applications are service records in the ledger. */
class RequestsTest {

    private final Harness h = new Harness();
    private final String uscc = TestCallers.uscc(Harness.JINJIANG, 1);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void consultationsAndApplicationsAreServiceRecords() {
        h.directory.put(FakeDirectory.enterprise(uscc, Harness.JINJIANG, "C3311", "SMALL", 50, "3000",
                LocalDate.of(2018, 1, 1), "120", "4.00", List.of()));
        h.load();
        Policy p = h.published("成都市融资贴息", "正文", Criteria.NONE);
        PolicyRequest online = h.requests.submit(TestCallers.enterprise(uscc), p.id(), Requests.CONSULTATION,
                new RequestInput(null, "我们公司能申请吗？", null, null));
        ServiceRecord r = h.ledger.records.get(online.ledgerRecordId());
        assertEquals("policy", r.module());
        assertEquals("policy-consulting", r.category());
        assertEquals("ONLINE", r.channel());
        assertEquals(Harness.JINJIANG, r.regionCode());
        assertEquals(ServiceRecord.Status.OPEN, r.status());
        assertEquals("consultation-" + online.id(), r.sourceRef());
        assertEquals("政策咨询：成都市融资贴息", r.title());
        PolicyRequest answered = h.requests.submit(h.chengdu, p.id(), Requests.CONSULTATION,
                new RequestInput(uscc, "电话咨询申报条件", null, "符合条件，可于7月申报"));
        ServiceRecord done = h.ledger.records.get(answered.ledgerRecordId());
        assertEquals(ServiceRecord.Status.COMPLETED, done.status());
        assertEquals("HOTLINE", done.channel());
        assertEquals(new Provider(Provider.Kind.PLATFORM_UNIT, Harness.CHENGDU, "成都市中小企业服务窗口"), done.provider());
        PolicyRequest application = h.requests.submit(TestCallers.enterprise(uscc), p.id(), Requests.APPLICATION,
                new RequestInput(null, "申请贷款贴息 100 万元", null, null));
        assertEquals("financing-guarantee", h.ledger.records.get(application.ledgerRecordId()).category());
        assertEquals(3, h.ledger.records.size());
        assertEquals(List.of("text:required"), Harness.fields(problem(400, () -> h.requests.submit(
                TestCallers.enterprise(uscc), p.id(), Requests.CONSULTATION, new RequestInput(null, " ", null, null)))));
        assertEquals(List.of("uscc:required"), Harness.fields(problem(400, () -> h.requests.submit(h.chengdu, p.id(),
                Requests.APPLICATION, new RequestInput(null, "代申报", null, null)))));
        problem(403, () -> h.requests.submit(h.fuzhou, p.id(), Requests.CONSULTATION, new RequestInput(uscc, "问", null, null)));
        problem(401, () -> h.requests.submit(TestCallers.ANONYMOUS, p.id(), Requests.CONSULTATION,
                new RequestInput(null, "问", null, null)));
        Policy draft = h.draft("草稿", "正文", Criteria.NONE);
        problem(404, () -> h.requests.submit(TestCallers.enterprise(uscc), draft.id(), Requests.CONSULTATION,
                new RequestInput(null, "问", null, null)));
        assertEquals(3, h.ledger.records.size(), "refused requests write nothing");
    }
}
