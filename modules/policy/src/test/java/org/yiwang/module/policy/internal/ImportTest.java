package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yiwang.module.policy.internal.Harness.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;

/** Exchange JSON and CSV imports land as drafts, all or nothing. */
class ImportTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private static Map<String, Object> doc(String title) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("format", "yiwang.exchange/1");
        d.put("title", title);
        d.put("issuingAuthority", "成都市经济和信息化局");
        d.put("level", "MUNICIPAL");
        d.put("regionCode", "510100");
        d.put("issuedOn", "2025-06-01");
        d.put("body", "对专精特新企业给予奖励");
        d.put("categories", List.of("information"));
        d.put("criteria", Map.of("tiers", List.of("SPECIALISED"), "minRdRatio", 3, "industries", List.of("C")));
        d.put("x-source", "成都市政务公开");
        return d;
    }

    private long drafts() {
        return h.policies.manage(TestCallers.ADMIN, "DRAFT", null, null, PageRequest.of(1, 10)).total();
    }

    @Test
    void jsonDocumentsBecomeDrafts() {
        ImportResult r = h.importer.json(h.chengdu, List.of(doc("政策一"), doc("政策二")));
        assertEquals(2, r.imported());
        Policy p = h.policies.load(r.ids().get(0));
        assertEquals(Status.DRAFT, p.status());
        assertEquals(List.of("SPECIALISED"), p.criteria().tiers());
        assertEquals("IMPORT", h.policies.history(h.chengdu, p.id()).get(0).action());
        assertEquals(1, h.importer.json(h.chengdu, Map.of("format", "yiwang.exchange/1", "items", List.of(doc("三"))))
                .imported());
        assertEquals(3, drafts());
    }

    @Test
    void anInvalidJsonItemWritesNothing() {
        Map<String, Object> bad = doc("坏");
        bad.put("format", "yiwang.exchange/9");
        bad.put("level", 3);
        bad.put("color", "red");
        bad.put("criteria", Map.of("minRdRatio", "three"));
        var e = problem(400, () -> h.importer.json(h.chengdu, List.of(doc("好"), bad, doc("也好"))));
        assertEquals(List.of("items[1].format:format", "items[1].color:unknown-field", "items[1].criteria.minRdRatio:type",
                "items[1].level:type", "items[1].level:required"), Harness.fields(e));
        Map<String, Object> outside = doc("福州");
        outside.put("regionCode", "350100");
        assertEquals(List.of("items[0].regionCode:scope"), Harness.fields(problem(400,
                () -> h.importer.json(h.chengdu, List.of(outside)))));
        assertEquals(0, drafts());
    }

    @Test
    void csvRowsWithErrorsWriteNothing() {
        String header = "title,issuingAuthority,documentNumber,level,regionCode,issuedOn,effectiveFrom,expiresOn,body,categories,tags,"
                + "industries,sizes,minRdRatio\n";
        String good = "\"成都市研发补贴, 2025\",成都市经信局,成经信〔2025〕3号,MUNICIPAL,510100,2025-06-01,,2026-12-31,"
                + "\"正文，含\"\"引号\"\"\",technology-support;information,研发;补贴,C;I65,SMALL;MICRO,3\n";
        ImportResult ok = h.importer.csv(h.chengdu, "\uFEFF" + header + good + good.replace("研发补贴", "技改补贴"));
        assertEquals(2, ok.imported());
        Policy p = h.policies.load(ok.ids().get(0));
        assertEquals("成都市研发补贴, 2025", p.title());
        assertEquals("正文，含\"引号\"", p.body());
        assertEquals(List.of("C", "I65"), p.criteria().industries());
        assertEquals(List.of("technology-support", "information"), p.categories());
        String bad = "坏政策,成都市经信局,,MUNICIPAL,510100,2025-02-30,,,正文,technology-support,,C,HUGE,abc\n";
        var e = problem(400, () -> h.importer.csv(h.chengdu, header + good + bad));
        assertEquals(List.of("rows[2].criteria.minRdRatio:type", "rows[2].issuedOn:date", "rows[2].criteria.sizes[0]:enum"),
                Harness.fields(e));
        assertEquals(List.of("header:unknown-column", "header:missing-column"), Harness.fields(problem(400,
                () -> h.importer.csv(h.chengdu, "title,colour,issuingAuthority,level,issuedOn,body\nx,y,z,MUNICIPAL,2025-01-01,b\n"))));
        assertEquals(List.of("body:csv"), Harness.fields(problem(400, () -> h.importer.csv(h.chengdu, header + "\"open"))));
        assertEquals(2, drafts());
        problem(403, () -> h.importer.csv(TestCallers.staffWith("reader", Harness.CHENGDU, PolicyModule.READ), header + good));
    }
}
