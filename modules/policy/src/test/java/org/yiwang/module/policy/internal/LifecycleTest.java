package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.policy.internal.Harness.problem;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;

/** Draft → in review → published → expired / withdrawn; every illegal step 409; versions; audit and events. */
class LifecycleTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void fullLifecycleIsAuditedAndAnnounced() {
        Policy p = h.draft("成都市专精特新企业融资补贴", "对专精特新中小企业给予贷款贴息", Criteria.NONE);
        assertEquals(Status.DRAFT, p.status());
        assertEquals(1, p.version());
        assertEquals("成都市", p.regionName());
        p = h.policies.act(h.chengdu, p.id(), Action.SUBMIT, null);
        assertEquals(Status.IN_REVIEW, p.status());
        p = h.policies.act(h.chengdu, p.id(), Action.RETURN, "请补充申报条件");
        assertEquals(Status.DRAFT, p.status());
        h.policies.act(h.chengdu, p.id(), Action.SUBMIT, null);
        p = h.policies.act(h.chengdu, p.id(), Action.PUBLISH, null);
        assertEquals(Status.PUBLISHED, p.status());
        assertNotNull(p.publishedAt());
        p = h.policies.act(h.chengdu, p.id(), Action.WITHDRAW, "政策调整");
        assertEquals(Status.WITHDRAWN, p.status());
        assertEquals(List.of("CREATE", "SUBMIT", "RETURN", "SUBMIT", "PUBLISH", "WITHDRAW"),
                h.policies.history(h.chengdu, p.id()).stream().map(HistoryEntry::action).toList());
        assertEquals("请补充申报条件", h.policies.history(h.chengdu, p.id()).get(2).note());
        assertEquals(List.of("create", "submit", "return", "submit", "publish", "withdraw"),
                h.audit.stream().map(a -> a.action()).toList());
        assertEquals(List.of("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "PUBLISHED", "WITHDRAWN"),
                h.topics().stream().map(t -> t.substring("org/yiwang/policy/".length())).toList());
    }

    @Test
    void everyIllegalStepIs409() {
        for (Status from : Status.values()) {
            Policy p = at(from);
            for (Action a : EnumSet.complementOf(EnumSet.of(Action.EXPIRE))) {
                if (a.allowedFrom(from)) {
                    continue;
                }
                var e = problem(409, () -> h.policies.act(h.chengdu, p.id(), a, null));
                assertEquals("policy-illegal-transition", e.type().slug(), a + " from " + from);
            }
            assertEquals(from, h.policies.load(p.id()).status(), "unchanged after refusals");
        }
        problem(409, () -> h.policies.update(h.chengdu, at(Status.IN_REVIEW).id(), body("改")));
        problem(409, () -> h.policies.update(h.chengdu, at(Status.WITHDRAWN).id(), body("改")));
        problem(409, () -> h.policies.update(h.chengdu, at(Status.EXPIRED).id(), body("改")));
    }

    /** A policy in the given state (EXPIRED: published, then its expiry passes and the job runs). */
    private Policy at(Status status) {
        Policy p = h.draft("政策 " + status, "正文", Criteria.NONE);
        switch (status) {
            case DRAFT -> { }
            case IN_REVIEW -> p = h.policies.act(h.chengdu, p.id(), Action.SUBMIT, null);
            case PUBLISHED, EXPIRED, WITHDRAWN -> {
                h.policies.act(h.chengdu, p.id(), Action.SUBMIT, null);
                p = h.policies.act(h.chengdu, p.id(), Action.PUBLISH, null);
                if (status == Status.WITHDRAWN) {
                    p = h.policies.act(h.chengdu, p.id(), Action.WITHDRAW, null);
                }
                if (status == Status.EXPIRED) {
                    PolicyInput in = new PolicyInput(p.title(), p.issuingAuthority(), null, "MUNICIPAL", Harness.CHENGDU,
                            "2025-06-01", null, "2025-06-16", "正文", List.of("information"), List.of(), null, "提前到期");
                    h.policies.update(h.chengdu, p.id(), in);
                    h.clock.advance(Duration.ofDays(1));
                    assertEquals(Status.EXPIRED, h.policies.load(p.id()).status(), "expired at read time");
                    assertEquals(1, h.policies.expire());
                    h.clock.advance(Duration.ofDays(-1));
                    p = h.policies.load(p.id());
                }
            }
        }
        assertEquals(status, p.status());
        return p;
    }

    private PolicyInput body(String title) {
        return Harness.input(title, "MUNICIPAL", Harness.CHENGDU, "正文", Criteria.NONE);
    }

    @Test
    void editsAfterPublicationMakeVersionsWithChangeNotes() {
        Policy p = h.published("成都市技改补贴", "第一版正文", Criteria.NONE);
        assertEquals(List.of(1), h.policies.versions(TestCallers.ANONYMOUS, p.id()).stream().map(VersionEntry::version).toList());
        var e = problem(400, () -> h.policies.update(h.chengdu, p.id(), body("成都市技改补贴（修订）")));
        assertEquals(List.of("changeNote:required"), Harness.fields(e));
        PolicyInput second = new PolicyInput("成都市技改补贴（修订）", "成都市经济和信息化局", null, "MUNICIPAL", Harness.CHENGDU,
                "2025-06-01", null, null, "第二版正文", List.of("technology-support"), List.of(), null, "补贴比例调整");
        Policy v2 = h.policies.update(h.chengdu, p.id(), second);
        assertEquals(2, v2.version());
        assertEquals(Status.PUBLISHED, v2.status());
        List<VersionEntry> versions = h.policies.versions(TestCallers.ANONYMOUS, p.id());
        assertEquals(List.of(1, 2), versions.stream().map(VersionEntry::version).toList());
        assertEquals("第一版正文", versions.get(0).content().body());
        assertEquals("补贴比例调整", versions.get(1).changeNote());
        assertEquals("第二版正文", versions.get(1).content().body());
        assertEquals(List.of("title", "documentNumber", "effectiveFrom", "expiresOn", "body", "categories"),
                h.audit.get(h.audit.size() - 1).changedFields());
        assertEquals(1, h.search.search("第二版", null, null, null, null, PageRequest.of(1, 10)).total(), "index follows the edit");
        assertEquals(0, h.search.search("第一版", null, null, null, null, PageRequest.of(1, 10)).total());
        Policy draft = h.draft("草稿", "草稿正文", Criteria.NONE);
        assertEquals(1, h.policies.update(h.chengdu, draft.id(), body("草稿改")).version(), "drafts change in place");
    }

    @Test
    void cannotPublishWhatHasAlreadyExpired() {
        PolicyInput in = new PolicyInput("旧政策", "成都市经济和信息化局", null, "MUNICIPAL", Harness.CHENGDU, "2024-01-01", null,
                "2025-06-15", "正文", List.of("information"), List.of(), null, null);
        Policy p = h.policies.create(h.chengdu, in);
        h.policies.act(h.chengdu, p.id(), Action.SUBMIT, null);
        problem(409, () -> h.policies.act(h.chengdu, p.id(), Action.PUBLISH, null));
    }

    @Test
    void regionScopingOfStaff() {
        Policy draft = h.draft("成都草稿", "正文", Criteria.NONE);
        Policy pub = h.published("成都已发布", "正文", Criteria.NONE);
        problem(404, () -> h.policies.get(h.fuzhou, draft.id()));
        problem(404, () -> h.policies.act(h.fuzhou, draft.id(), Action.SUBMIT, null));
        problem(404, () -> h.policies.update(h.jinjiang, draft.id(), body("改")));
        problem(403, () -> h.policies.act(h.jinjiang, pub.id(), Action.WITHDRAW, null));
        problem(403, () -> h.policies.update(h.fuzhou, pub.id(), body("改")));
        assertEquals(pub.id(), h.policies.get(h.fuzhou, pub.id()).id(), "published ones are public");
        assertEquals(draft.id(), h.policies.get(h.sichuan, draft.id()).id(), "the province sees its cities'");
        problem(403, () -> h.policies.create(h.jinjiang, body("锦江不能发市级")));
        problem(403, () -> h.policies.create(h.chengdu, Harness.input("国家级", "NATIONAL", null, "正文", Criteria.NONE)));
        assertEquals(Level.NATIONAL, h.policies.create(TestCallers.ADMIN,
                Harness.input("国家级", "NATIONAL", null, "正文", Criteria.NONE)).level());
        Set<Long> seen = Set.copyOf(h.policies.manage(h.chengdu, null, null, null, PageRequest.of(1, 50)).items().stream()
                .map(Policy::id).toList());
        assertEquals(Set.of(draft.id(), pub.id()), seen);
        assertEquals(0, h.policies.manage(h.fuzhou, null, null, null, PageRequest.of(1, 50)).total());
        assertEquals(1, h.policies.manage(h.chengdu, "DRAFT", null, null, PageRequest.of(1, 50)).total());
        problem(403, () -> h.policies.manage(h.jinjiang, null, Harness.WUHOU, null, PageRequest.of(1, 50)));
        problem(401, () -> h.policies.create(TestCallers.ANONYMOUS, body("x")));
        problem(403, () -> h.policies.create(TestCallers.enterprise(TestCallers.uscc(Harness.JINJIANG, 1)), body("x")));
        problem(403, () -> h.policies.act(TestCallers.staffWith("editor", Harness.CHENGDU, PolicyModule.EDIT),
                pub.id(), Action.WITHDRAW, null));
        problem(404, () -> h.policies.get(TestCallers.ANONYMOUS, draft.id()));
        assertTrue(h.policies.get(TestCallers.ANONYMOUS, pub.id()).body().contains("正文"));
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        PolicyInput bad = new PolicyInput(" ", null, null, "MUNICIPAL", "510104", "2025-13-01", null, "2025-01-01", null,
                List.of("astrology"), List.of(""), new Criteria(List.of("999999"), List.of("Z99"), List.of("HUGE"),
                List.of("GOLD"), -1, null, 10, 5, null, null, new java.math.BigDecimal("120"), null, null, null), null);
        var e = problem(400, () -> h.policies.create(h.chengdu, bad));
        assertEquals(List.of("title:required", "issuingAuthority:required", "regionCode:level-consistent", "issuedOn:date",
                "body:required", "categories[0]:known", "tags[0]:pattern", "criteria.regions[0]:known",
                "criteria.industries[0]:known", "criteria.sizes[0]:enum", "criteria.tiers[0]:enum", "criteria.minYears:min",
                "criteria.maxEmployees:min-max", "criteria.minRdRatio:max"), Harness.fields(e));
        PolicyInput onlyCriteria = Harness.input("好标题", "MUNICIPAL", Harness.CHENGDU, "正文",
                new Criteria(List.of("350102"), null, null, null, 5, 3, null, null, null, null, null, null, null, null));
        var c = problem(422, () -> h.policies.create(h.chengdu, onlyCriteria));
        assertEquals("policy-invalid-criteria", c.type().slug());
        assertEquals(List.of("criteria.regions[0]:within-policy-region", "criteria.maxYears:min-max"), Harness.fields(c));
        assertEquals(0, h.policies.manage(TestCallers.ADMIN, null, null, null, PageRequest.of(1, 10)).total());
        assertTrue(h.audit.isEmpty());
    }
}
