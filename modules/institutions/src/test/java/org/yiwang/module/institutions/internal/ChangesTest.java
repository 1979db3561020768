package org.yiwang.module.institutions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.institutions.internal.Harness.fields;
import static org.yiwang.module.institutions.internal.Harness.problem;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.security.Caller;

/** An institution account manages its own institution only; its changes to a listed one wait for staff. */
class ChangesTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private ProfileRequest renamed(Institution i, String name) {
        ProfileRequest a = h.application(i.uscc(), "ignored");
        return new ProfileRequest(name, null, a.type(), null, a.categories(), a.regionsServed(), a.qualifications(),
                a.contacts(), a.description(), a.address(), a.servicePhone(), a.website(), null);
    }

    @Test
    void profileChangesOfAListedInstitutionWaitForApproval() {
        Institution i = h.admitted();
        Caller self = TestCallers.institution(i.id());
        Institution changed = h.registry.change(self, i.id(), renamed(i, "新名称服务有限公司"));
        assertEquals("福州某知识产权服务有限公司", changed.profile().name(), "still the approved one");
        assertEquals("新名称服务有限公司", changed.pendingProfile().name());
        assertEquals("福州某知识产权服务有限公司", h.registry.get(TestCallers.ANONYMOUS, i.id()).profile().name());
        assertNull(h.registry.get(TestCallers.ANONYMOUS, i.id()).pendingProfile());
        assertEquals(1, h.registry.pendingProfiles(h.gulouOperator).size());
        assertEquals(0, h.registry.pendingProfiles(h.taijiangOperator).size());
        problem(403, () -> h.registry.decideChange(self, i.id(), true, null));
        assertEquals(List.of("reason:required"), fields(problem(400,
                () -> h.registry.decideChange(h.gulouOperator, i.id(), false, null))));

        h.registry.decideChange(h.gulouOperator, i.id(), true, null);
        assertEquals("新名称服务有限公司", h.registry.get(TestCallers.ANONYMOUS, i.id()).profile().name());
        assertEquals(List.of("新名称服务有限公司"), h.registry.directory(null, null, null, null, PageRequest.of(null, null))
                .items().stream().map(Listing::name).toList());
        problem(409, () -> h.registry.decideChange(h.gulouOperator, i.id(), true, null));

        h.registry.change(self, i.id(), renamed(i, "第三个名称"));
        h.registry.decideChange(h.gulouOperator, i.id(), false, new ReasonRequest("名称与营业执照不符"));
        assertEquals("新名称服务有限公司", h.registry.get(self, i.id()).profile().name());
        assertNull(h.registry.get(self, i.id()).pendingProfile());
        assertTrue(h.registry.history(self, i.id()).stream().anyMatch(x -> x.action().equals("PROFILE_REJECTED")
                && x.reason().equals("名称与营业执照不符")));
    }

    @Test
    void beforeAdmissionAndByStaffChangesApplyAtOnce() {
        Institution i = h.apply();
        Institution byStaff = h.registry.change(h.gulouOperator, i.id(), renamed(i, "更正后的名称"));
        assertEquals("更正后的名称", byStaff.profile().name());
        assertNull(byStaff.pendingProfile());
        assertEquals(List.of("name:required"), fields(problem(400,
                () -> h.registry.change(h.gulouOperator, i.id(), renamed(i, "")))));
    }

    @Test
    void anInstitutionEditsOnlyItsOwnInstitution() {
        Institution mine = h.admitted();
        Institution other = h.admitted();
        Institution applied = h.apply();
        Caller self = TestCallers.institution(mine.id());
        problem(403, () -> h.registry.change(self, other.id(), renamed(other, "冒名")));
        problem(404, () -> h.registry.change(self, applied.id(), renamed(applied, "冒名")));
        problem(403, () -> h.products.create(self, other.id(), h.product("冒名产品")));
        problem(403, () -> h.cases.create(self, other.id(), caseOf("C33")));
        problem(401, () -> h.registry.change(TestCallers.ANONYMOUS, mine.id(), renamed(mine, "匿名")));
        problem(403, () -> h.registry.change(h.enterprise, mine.id(), renamed(mine, "企业")));
        problem(403, () -> h.registry.change(h.gulouWindow, mine.id(), renamed(mine, "只读")));
        assertEquals(mine.id(), h.registry.mine(self).id());
        problem(403, () -> h.registry.mine(h.enterprise));
        assertEquals("福州某知识产权服务有限公司", h.registry.get(self, other.id()).profile().name());
    }

    private static CaseRequest caseOf(String industry) {
        return new CaseRequest("某制造企业专利布局", industry, "legal-aid", "SMALL", "帮助企业梳理核心技术", "获授权发明专利 3 件", 2024);
    }

    @Test
    void productsOfAListedInstitutionNeedApprovalAndCasesDoNot() {
        Institution i = h.admitted();
        Caller self = TestCallers.institution(i.id());
        Product p = h.products.create(self, i.id(), h.product("商标注册"));
        assertNull(p.current());
        assertNotNull(p.pending());
        assertEquals(List.of(), h.products.list(TestCallers.ANONYMOUS, i.id()));
        assertEquals(1, h.products.pending(h.gulouOperator).size());
        h.products.decide(h.gulouOperator, i.id(), p.id(), true, null);
        List<Product> pub = h.products.list(TestCallers.ANONYMOUS, i.id());
        assertEquals("商标注册", pub.get(0).current().name());
        assertEquals(List.of("提交材料", "检索评估", "撰写申请"), pub.get(0).current().process());
        assertEquals(new BigDecimal("1500.00"), pub.get(0).current().fee());
        Disclosures six = pub.get(0).disclosures();
        assertEquals(List.of("商标注册", "专利申请代理", "三个工作日内答复", "0591-12345678 · 鼓楼区某路 1 号"),
                List.of(six.item(), six.content(), six.standard(), six.contact()));
        assertEquals(Disclosures.DEFAULT_SUPERVISION, six.supervision());

        h.products.update(self, i.id(), p.id(), h.product("商标注册（加急）"));
        assertEquals("商标注册", h.products.list(TestCallers.ANONYMOUS, i.id()).get(0).current().name());
        h.products.decide(h.gulouOperator, i.id(), p.id(), false, new ReasonRequest("收费标准需说明"));
        assertNull(h.products.get(i.id(), p.id()).pending());
        h.products.withdraw(self, i.id(), p.id());
        assertEquals(List.of(), h.products.list(TestCallers.ANONYMOUS, i.id()));

        ProductRequest invalid = new ProductRequest("", "astrology", null, List.of(), null, null, false, null, 0);
        assertEquals(List.of("name:required", "category:known", "content:required", "process:required",
                "standard:required", "fee:required", "deliveryDays:range"),
                fields(problem(400, () -> h.products.create(self, i.id(), invalid))));
        ProductRequest freeWithFee = new ProductRequest("免费咨询", "legal-aid", "咨询", List.of("预约"), "当日答复", null,
                true, new BigDecimal("10"), 1);
        assertEquals(List.of("fee:free"), fields(problem(400, () -> h.products.create(self, i.id(), freeWithFee))));

        ServiceCase k = h.cases.create(self, i.id(), caseOf("3311"));
        assertEquals("C3311", k.industry());
        assertEquals(1, h.cases.list(TestCallers.ANONYMOUS, i.id()).size());
        assertEquals(1, h.cases.library("C", "legal-aid", "small", PageRequest.of(null, null)).total());
        assertEquals(0, h.cases.library("A", null, null, PageRequest.of(null, null)).total());
        assertEquals(List.of("industry:known", "enterpriseSize:enum"), fields(problem(400,
                () -> h.cases.create(self, i.id(), new CaseRequest("x", "Z99", "legal-aid", "HUGE", "s", "o", null)))));
    }

    @Test
    void expertsOfInstitutionsAndIndependentOnes() {
        Institution i = h.admitted();
        Caller self = TestCallers.institution(i.id());
        Expert mine = h.experts.create(self, new ExpertRequest("王教授", "教授", "知识产权法", List.of("legal-aid"), null,
                null, null, 12345L));
        assertEquals(i.id(), mine.institutionId(), "an institution account adds experts to itself only");
        assertEquals(Harness.GULOU, mine.region());
        assertEquals("AVAILABLE", mine.availability());
        Expert independent = h.experts.create(h.gulouOperator, new ExpertRequest("陈会计", "注册会计师", "财税",
                List.of("financing-guarantee"), Harness.GULOU, "LIMITED", "每周二", null));
        problem(403, () -> h.experts.update(self, independent.id(), new ExpertRequest("改名", null, "y",
                List.of("legal-aid"), Harness.GULOU, null, null, null)));
        problem(403, () -> h.experts.create(h.taijiangOperator, new ExpertRequest("x", null, "y", List.of("legal-aid"),
                Harness.GULOU, null, null, null)));
        assertEquals(2, h.experts.search(null, null, Harness.GULOU, null, PageRequest.of(null, null)).total());
        assertEquals(1, h.experts.search("知识产权", "legal-aid", null, null, PageRequest.of(null, null)).total());
        assertEquals(0, h.experts.search(null, null, Harness.TAIJIANG, null, PageRequest.of(null, null)).total());
        h.experts.deactivate(self, mine.id());
        assertEquals(1, h.experts.search(null, null, null, null, PageRequest.of(null, null)).total());
        assertEquals(List.of("availability:enum", "fields:required"), fields(problem(400, () -> h.experts.create(
                h.gulouOperator, new ExpertRequest("x", null, "y", null, Harness.GULOU, "SOMETIMES", null, null)))));
    }
}
