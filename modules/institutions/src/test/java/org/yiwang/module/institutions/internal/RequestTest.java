package org.yiwang.module.institutions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.institutions.internal.Harness.fields;
import static org.yiwang.module.institutions.internal.Harness.problem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.security.Caller;

/** An enterprise requests a product: a request the institution handles and a service record in the ledger. */
class RequestTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void requestsFlowIntoTheLedgerAndCompleteThere() {
        Institution i = h.admitted();
        Product p = h.listedProduct(i);
        ServiceRequest r = h.requests.request(h.enterprise, i.id(), p.id(), new RequestBody("需要申请两件发明专利", null));
        assertEquals("OPEN", r.status());
        assertEquals("legal-aid", r.category());
        assertEquals(Harness.GULOU, r.region());
        ServiceRecord record = h.ledger.records.get(r.ledgerRecordId());
        assertEquals(ServiceRecord.Status.OPEN, record.status());
        assertEquals(new Provider(Provider.Kind.INSTITUTION, String.valueOf(i.id()), "福州某知识产权服务有限公司"),
                record.provider());
        assertEquals("institutions", record.module());
        assertEquals("legal-aid", record.category());
        assertEquals(h.enterpriseUscc, record.uscc());
        assertEquals("专利申请代理", record.title());
        assertTrue(h.topics().contains("org/yiwang/institutions/PRODUCT_REQUESTED"));

        assertEquals(List.of(r.id()), h.requests.mine(h.enterprise, PageRequest.of(null, null)).items().stream()
                .map(ServiceRequest::id).toList());
        Caller self = TestCallers.institution(i.id());
        assertEquals(1, h.requests.incoming(self, i.id(), null, PageRequest.of(null, null)).total());
        assertEquals(1, h.requests.incoming(h.gulouWindow, i.id(), "OPEN", PageRequest.of(null, null)).total());
        problem(403, () -> h.requests.incoming(h.taijiangOperator, i.id(), null, PageRequest.of(null, null)));
        problem(403, () -> h.requests.incoming(h.enterprise, i.id(), null, PageRequest.of(null, null)));

        problem(409, () -> h.requests.complete(self, i.id(), r.id(), new RequestBody(null, "提前完成")));
        problem(403, () -> h.requests.accept(h.gulouOperator, i.id(), r.id()));
        assertEquals("IN_PROGRESS", h.requests.accept(self, i.id(), r.id()).status());
        assertEquals(List.of("outcome:required"), fields(problem(400,
                () -> h.requests.complete(self, i.id(), r.id(), new RequestBody(null, " ")))));
        ServiceRequest done = h.requests.complete(self, i.id(), r.id(), new RequestBody(null, "已提交两件发明专利申请"));
        assertEquals("COMPLETED", done.status());
        ServiceRecord completed = h.ledger.records.get(r.ledgerRecordId());
        assertEquals(ServiceRecord.Status.COMPLETED, completed.status());
        assertEquals("已提交两件发明专利申请", completed.outcome());
        problem(409, () -> h.requests.complete(self, i.id(), r.id(), new RequestBody(null, "again")));
        assertEquals(1, h.ledger.search(h.enterprise, null, PageRequest.of(null, null)).total(),
                "the enterprise sees it among its ledger records");
    }

    @Test
    void onlyEnterprisesRequestListedApprovedProducts() {
        Institution i = h.admitted();
        Product p = h.listedProduct(i);
        problem(401, () -> h.requests.request(TestCallers.ANONYMOUS, i.id(), p.id(), null));
        problem(403, () -> h.requests.request(h.gulouOperator, i.id(), p.id(), null));
        problem(403, () -> h.requests.request(TestCallers.institution(i.id()), i.id(), p.id(), null));
        Product pending = h.products.create(TestCallers.institution(i.id()), i.id(), h.product("未审核产品"));
        problem(404, () -> h.requests.request(h.enterprise, i.id(), pending.id(), null));
        Institution applied = h.apply();
        problem(404, () -> h.requests.request(h.enterprise, applied.id(), 1, null));
        problem(404, () -> h.requests.request(h.enterprise, i.id(), 999, null));
        assertEquals(0, h.count("institutions_request"));
        assertEquals(0, h.ledger.records.size());
        problem(403, () -> h.requests.mine(TestCallers.institution(i.id()), PageRequest.of(null, null)));
    }
}
