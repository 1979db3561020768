package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.policy.internal.Harness.problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.module.policy.api.DeliveryChannel;
import org.yiwang.module.policy.api.PolicyNotice;

/** Publication notifies matching enterprises and possibly-eligible subscribers; "policies for me"; the matcher follows changes. */
class NotificationTest {

    private final Harness h = new Harness();
    private final String matching = TestCallers.uscc(Harness.JINJIANG, 1);
    private final String elsewhere = TestCallers.uscc(Harness.GULOU, 2);
    private final String tooSmall = TestCallers.uscc(Harness.WUHOU, 3);
    private final String unknownStaff = TestCallers.uscc(Harness.WUHOU, 4);
    private final List<PolicyNotice> sms = new ArrayList<>();

    @AfterEach
    void close() {
        h.close();
    }

    private void seed() {
        h.directory.put(FakeDirectory.enterprise(matching, Harness.JINJIANG, "C3311", "SMALL", 50, "3000",
                LocalDate.of(2018, 1, 1), "120", "4.00", List.of()));
        h.directory.put(FakeDirectory.enterprise(elsewhere, Harness.GULOU, "C3311", "SMALL", 50, "3000",
                LocalDate.of(2018, 1, 1), "120", "4.00", List.of()));
        h.directory.put(FakeDirectory.enterprise(tooSmall, Harness.WUHOU, "C3311", "MICRO", 5, "3000",
                LocalDate.of(2018, 1, 1), "120", "4.00", List.of()));
        h.directory.put(FakeDirectory.enterprise(unknownStaff, Harness.WUHOU, "C3311", "SMALL", null, "3000",
                LocalDate.of(2018, 1, 1), "120", "4.00", List.of()));
        h.load();
        h.notifier.addChannel(new DeliveryChannel() {
            @Override
            public String id() {
                return "sms";
            }

            @Override
            public void deliver(PolicyNotice notice, List<String> usccs) {
                usccs.forEach(u -> sms.add(notice));
            }
        });
    }

    private static Criteria industrial() {
        return new Criteria(null, List.of("C"), null, null, null, null, 10, null, null, null, new BigDecimal("3"), null,
                null, null);
    }

    private long unread(String uscc) {
        return h.inbox.inbox(TestCallers.enterprise(uscc), PageRequest.of(1, 10)).unread();
    }

    @Test
    void publishingNotifiesOnlyMatchingEnterprises() {
        seed();
        Policy p = h.published("成都市工业企业研发补贴", "对研发投入占比不低于3%的工业企业给予补贴", industrial());
        assertEquals(1, unread(matching));
        assertEquals(0, unread(elsewhere), "another province");
        assertEquals(0, unread(tooSmall), "too few employees");
        assertEquals(0, unread(unknownStaff), "missing data is not a match");
        InboxPage page = h.inbox.inbox(TestCallers.enterprise(matching), PageRequest.of(1, 10));
        InboxItem item = page.items().get(0);
        assertEquals(p.id(), item.policyId());
        assertEquals(PolicyNotice.MATCH, item.reason());
        assertTrue(item.summary().contains("成都市的制造业企业，从业人员 ≥ 10 人"), item.summary());
        assertEquals(1, sms.size(), "every registered channel delivers");
        h.inbox.read(TestCallers.enterprise(matching), item.id());
        assertEquals(0, unread(matching));
        problem(404, () -> h.inbox.read(TestCallers.enterprise(elsewhere), item.id()));
        problem(403, () -> h.inbox.inbox(h.chengdu, PageRequest.of(1, 10)));
        problem(401, () -> h.inbox.inbox(TestCallers.ANONYMOUS, PageRequest.of(1, 10)));
    }

    @Test
    void subscribersHearOfPoliciesTheyMayQualifyFor() {
        seed();
        for (String u : List.of(unknownStaff, tooSmall)) {
            h.inbox.subscribe(TestCallers.enterprise(u), new SubscriptionInput(List.of("financing-guarantee"), List.of()));
        }
        assertEquals(List.of("financing-guarantee"), h.inbox.subscription(TestCallers.enterprise(tooSmall)).categories());
        h.published("成都市工业企业研发补贴", "正文", industrial());
        assertEquals(1, unread(unknownStaff), "verdict UNKNOWN: told as a subscriber");
        assertEquals(PolicyNotice.SUBSCRIPTION, h.inbox.inbox(TestCallers.enterprise(unknownStaff), PageRequest.of(1, 5))
                .items().get(0).reason());
        assertEquals(0, unread(tooSmall), "NOT_MET: not told even though subscribed");
        var e = problem(400, () -> h.inbox.subscribe(TestCallers.enterprise(tooSmall),
                new SubscriptionInput(List.of("astrology"), List.of(""))));
        assertEquals(List.of("categories[0]:known", "tags[0]:pattern"), Harness.fields(e));
    }

    @Test
    void policiesForMeWithVerdictsPerCriterion() {
        seed();
        Policy p = h.published("成都市工业企业研发补贴", "正文", industrial());
        h.published("福州政策不相关", "正文", new Criteria(List.of(), null, null, null, null, null, null, null, null, null,
                null, null, null, null)); // 成都's own subtree: 福州 enterprises never match
        EnterpriseMatches mine = h.matches.forEnterprise(TestCallers.enterprise(matching), null);
        assertEquals(2, mine.met());
        PolicyMatch m = mine.items().stream().filter(x -> x.policy().id() == p.id()).findFirst().orElseThrow();
        assertEquals(List.of("REGION", "INDUSTRY", "EMPLOYEES", "RD_RATIO"), m.criteria().stream()
                .map(CriterionVerdict::criterion).toList());
        EnterpriseMatches unknown = h.matches.forEnterprise(TestCallers.enterprise(unknownStaff), null);
        PolicyMatch u = unknown.items().stream().filter(x -> x.policy().id() == p.id()).findFirst().orElseThrow();
        assertEquals(Verdict.UNKNOWN, u.verdict());
        assertEquals(0, h.matches.forEnterprise(TestCallers.enterprise(elsewhere), null).total());
        assertEquals(2, h.matches.forEnterprise(h.jinjiang, matching).met(), "staff of its region");
        problem(404, () -> h.matches.forEnterprise(h.wuhou, matching));
        problem(403, () -> h.matches.forEnterprise(TestCallers.enterprise(elsewhere), matching));
        problem(400, () -> h.matches.forEnterprise(h.chengdu, "NOT-A-CODE"));
    }

    @Test
    void matchingEnterprisesOfAPolicyFollowTheSmeDatabase() {
        seed();
        Policy p = h.published("成都市工业企业研发补贴", "正文", industrial());
        Caller admin = TestCallers.ADMIN;
        MatchPage all = h.matches.forPolicy(admin, p.id(), PageRequest.of(1, 20));
        assertEquals(List.of(matching), all.items().stream().map(MatchedEnterprise::uscc).toList());
        assertEquals(1, all.unknown());
        assertEquals(0, h.matches.forPolicy(h.wuhou, p.id(), PageRequest.of(1, 20)).total(), "scoped to 武侯");
        h.directory.put(FakeDirectory.enterprise(unknownStaff, Harness.WUHOU, "C3311", "SMALL", 30, "3000",
                LocalDate.of(2018, 1, 1), "120", "4.00", List.of()));
        h.directory.remove(matching);
        h.snapshot.changed(unknownStaff, matching);
        assertEquals(List.of(unknownStaff), h.matches.forPolicy(admin, p.id(), PageRequest.of(1, 20)).items().stream()
                .map(MatchedEnterprise::uscc).toList(), "changed and deleted enterprises are followed");
        assertEquals(1, h.matches.forPolicy(h.wuhou, p.id(), PageRequest.of(1, 20)).total());
        h.snapshot.rebuild();
        assertEquals(1, h.matches.forPolicy(admin, p.id(), PageRequest.of(1, 20)).total());
        problem(403, () -> h.matches.forPolicy(TestCallers.staffWith("reader", Harness.CHENGDU, PolicyModule.READ), p.id(),
                PageRequest.of(1, 20)));
    }
}
