package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.policy.internal.Harness.problem;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/** Chinese search: segmentation plus bigrams, highlights, filters, and the index following the lifecycle. */
class SearchTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private Page<PolicySummary> q(String q) {
        return h.search.search(q, null, null, null, null, PageRequest.of(1, 20));
    }

    private List<String> titles(Page<PolicySummary> p) {
        return p.items().stream().map(PolicySummary::title).toList();
    }

    @Test
    void findsWordsPhrasesAndSubWords() {
        h.published("关于支持中小企业发展的若干措施", "对认定为专精特新中小企业的，给予一次性奖励50万元。", Criteria.NONE);
        h.published("科技型企业股权融资扶持办法", "鼓励企业通过股权融资服务平台开展融资，按融资额给予补贴。", Criteria.NONE);
        h.published("稳岗就业政策", "对吸纳就业的企业给予社保补贴。<script>alert(1)</script>", Criteria.NONE);
        assertEquals(List.of("关于支持中小企业发展的若干措施"), titles(q("专精特新")));
        assertEquals(List.of("科技型企业股权融资扶持办法"), titles(q("融资")), "two characters inside 股权融资 / 融资服务");
        assertEquals(2, q("补贴").total(), "补贴 inside 社保补贴 and 给予补贴");
        assertEquals(List.of("关于支持中小企业发展的若干措施"), titles(q("精特")), "a sub-word of 专精特新");
        assertEquals(List.of("科技型企业股权融资扶持办法"), titles(q("融资 补贴")), "every word must match");
        assertEquals(0, q("区块链").total());
        String hl = q("专精特新").items().get(0).highlight();
        assertTrue(hl.contains("<em>专精特新</em>中小企业"), hl);
        String escaped = q("社保").items().get(0).highlight();
        assertTrue(escaped.contains("&lt;script&gt;") && !escaped.contains("<script>"), escaped);
        assertTrue(escaped.replace("<em>", "").replace("</em>", "").indexOf('<') < 0, "no other markup: " + escaped);
        assertEquals(3, q(null).total(), "no words: every published policy, newest first, no highlight");
        assertEquals(null, q(null).items().get(0).highlight());
    }

    @Test
    void titleAndSegmentedMatchesRankFirst() {
        h.published("一般性通知", "本通知涉及多项内容，其中提到融资。", Criteria.NONE);
        h.published("融资担保支持政策", "支持融资担保机构为中小企业提供融资担保服务。", Criteria.NONE);
        assertEquals("融资担保支持政策", q("融资担保").items().get(0).title());
    }

    @Test
    void filtersByRegionLevelCategoryAndDate() {
        h.published("成都市政策", "成都 内容", Criteria.NONE);
        h.policies.act(TestCallers.ADMIN, h.policies.create(TestCallers.ADMIN, new PolicyInput("国家政策", "工业和信息化部",
                null, "NATIONAL", null, "2025-05-01", "2025-05-01", null, "国家 内容", List.of("information"), List.of(),
                null, null)).id(), Action.SUBMIT, null);
        h.policies.act(TestCallers.ADMIN, 2, Action.PUBLISH, null);
        Policy sichuan = h.policies.create(h.sichuan, new PolicyInput("四川省政策", "四川省经济和信息化厅", null, "PROVINCIAL",
                Harness.SICHUAN, "2025-04-01", "2025-07-01", "2026-01-01", "四川 内容", List.of("technology-support"),
                List.of(), null, null));
        h.policies.act(h.sichuan, sichuan.id(), Action.SUBMIT, null);
        h.policies.act(h.sichuan, sichuan.id(), Action.PUBLISH, null);
        Policy mianyang = h.policies.create(h.sichuan, new PolicyInput("绵阳市政策", "绵阳市经信局", null, "MUNICIPAL",
                Harness.MIANYANG, "2025-04-01", null, null, "绵阳 内容", List.of("information"), List.of(), null, null));
        h.policies.act(h.sichuan, mianyang.id(), Action.SUBMIT, null);
        h.policies.act(h.sichuan, mianyang.id(), Action.PUBLISH, null);
        assertEquals(List.of("国家政策", "四川省政策", "成都市政策"), titles(h.search.search(null, Harness.JINJIANG, null, null,
                null, PageRequest.of(1, 20))).stream().sorted(this::byLevel).toList(), "applicable to 锦江: national, province, city");
        assertEquals(3, h.search.search(null, Harness.MIANYANG, null, null, null, PageRequest.of(1, 20)).total());
        assertEquals(List.of("四川省政策"), titles(h.search.search(null, null, "PROVINCIAL", null, null, PageRequest.of(1, 20))));
        assertEquals(List.of("四川省政策"), titles(h.search.search(null, null, null, "technology-support", null,
                PageRequest.of(1, 20))));
        assertFalse(titles(h.search.search(null, null, null, null, "2025-06-20", PageRequest.of(1, 20))).contains("四川省政策"),
                "not yet in force on that day");
        assertTrue(titles(h.search.search(null, null, null, null, "2025-07-01", PageRequest.of(1, 20))).contains("四川省政策"));
        var e = problem(400, () -> h.search.search(null, "51", "CITY", "astrology", "tomorrow", PageRequest.of(1, 20)));
        assertEquals(List.of("region:known", "level:enum", "category:known", "date:date"), Harness.fields(e));
    }

    private int byLevel(String a, String b) {
        List<String> order = List.of("国家政策", "四川省政策", "成都市政策");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    @Test
    void withdrawnAndExpiredDisappear() {
        Policy a = h.published("专精特新奖励", "专精特新中小企业奖励", Criteria.NONE);
        PolicyInput shortLived = new PolicyInput("专精特新短期政策", "成都市经济和信息化局", null, "MUNICIPAL", Harness.CHENGDU,
                "2025-06-01", null, "2025-06-20", "专精特新 短期", List.of("information"), List.of(), null, null);
        Policy b = h.policies.create(h.chengdu, shortLived);
        h.policies.act(h.chengdu, b.id(), Action.SUBMIT, null);
        h.policies.act(h.chengdu, b.id(), Action.PUBLISH, null);
        h.draft("专精特新草稿", "专精特新 草稿", Criteria.NONE);
        assertEquals(2, q("专精特新").total(), "drafts are not searchable");
        h.policies.act(h.chengdu, a.id(), Action.WITHDRAW, null);
        assertEquals(List.of("专精特新短期政策"), titles(q("专精特新")));
        h.clock.advance(Duration.ofDays(5));
        assertEquals(0, q("专精特新").total(), "past its expiry even before the job runs");
        assertEquals(1, h.policies.expire());
        assertEquals(0, q("专精特新").total());
    }

    @Test
    void rebuiltFromTheDatabaseWhenMissingOrCorrupt() throws Exception {
        h.published("专精特新奖励", "专精特新中小企业奖励", Criteria.NONE);
        h.search.close();
        try (var files = java.nio.file.Files.list(h.indexDir)) {
            for (var f : files.toList()) {
                java.nio.file.Files.writeString(f, "garbage");
            }
        }
        PolicySearch again = new PolicySearch(h.db, h.indexDir, h.clock);
        try {
            assertEquals(1, again.search("专精特新", null, null, null, null, PageRequest.of(1, 5)).total());
        } finally {
            again.close();
        }
    }
}
