package org.yiwang.kernel.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseQuery;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.persistence.EmbeddedDerby;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    private final EmbeddedDerby db = Fixtures.database();
    private EnterpriseService service;

    /** Wuhan districts, Xiantao (429004, directly under Hubei), Fuzhou; various industries, sizes, tiers, tags. */
    @BeforeAll
    void data() {
        service = new EnterpriseService(db, Fixtures.CLOCK);
        add(1, "420102", "C3311", 120, "1850.5", "江岸精密制造", List.of(), List.of("出口"));
        add(2, "420106", "C3921", 1500, "50000", "武昌电子", List.of(tier("LITTLE_GIANT", 2023)), List.of());
        add(3, "429004", "I6511", 50, "600", "仙桃软件", List.of(tier("SPECIALISED", 2021)), List.of("出口", "科技型"));
        add(4, "350102", "J6620", 30, "100", "鼓楼银行", List.of(), List.of());
        add(5, "350102", "F5211", 5, "50", "Fuzhou Retail", List.of(tier("SPECIALISED", 2024)), List.of("科技型"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static TierAward tier(String tier, int year) {
        return new TierAward(tier, LocalDate.of(year, 3, 1), null);
    }

    private void add(int n, String region, String industry, int employees, String revenue, String name,
                     List<TierAward> tiers, List<String> tags) {
        Enterprise e = Fixtures.with(Fixtures.sample(Fixtures.uscc(region, n)), region, industry, employees, new BigDecimal(revenue));
        service.create(Fixtures.named(e, name, tiers, tags));
    }

    private List<String> names(String q, String region, String industry, String size, String tier, String tag) {
        return service.search(new EnterpriseQuery(q, region, industry, size, tier, tag), PageRequest.of(1, 50)).items()
                .stream().map(Enterprise::name).sorted().toList();
    }

    @Test
    void regionSubtree() {
        assertEquals(List.of("仙桃软件", "武昌电子", "江岸精密制造"), names(null, "420000", null, null, null, null),
                "the province includes Xiantao, an xx90 unit");
        assertEquals(List.of("武昌电子", "江岸精密制造"), names(null, "420100", null, null, null, null),
                "the prefecture does not include Xiantao");
        assertEquals(List.of("江岸精密制造"), names(null, "420102", null, null, null, null));
        assertEquals(List.of("仙桃软件"), names(null, "429004", null, null, null, null));
    }

    @Test
    void industryPrefixSizeTierTagAndName() {
        assertEquals(List.of("武昌电子", "江岸精密制造"), names(null, null, "C", null, null, null));
        assertEquals(List.of("江岸精密制造"), names(null, null, "33", null, null, null));
        assertEquals(List.of("仙桃软件"), names(null, null, "I65", null, null, null));
        assertEquals(List.of("武昌电子"), names(null, null, null, "large", null, null));
        assertEquals(List.of(), names(null, null, "J", "SMALL", null, null), "finance has no size");
        assertEquals(List.of("Fuzhou Retail"), names(null, null, null, null, "SPECIALISED", null),
                "the 2021 title expired in 2024; the 2024 one is valid");
        assertEquals(List.of("仙桃软件", "江岸精密制造"), names(null, null, null, null, null, "出口"));
        assertEquals(List.of("Fuzhou Retail"), names("retail", null, null, null, null, null));
        assertEquals(List.of("仙桃软件"), names("软件", "420000", "I", "SMALL", null, "科技型"));
        assertEquals(List.of(), names("100%", null, null, null, null, null), "LIKE wildcards are literal");
    }

    @Test
    void paging() {
        Page<Enterprise> p1 = service.search(EnterpriseQuery.ALL, PageRequest.of(1, 2));
        Page<Enterprise> p3 = service.search(EnterpriseQuery.ALL, PageRequest.of(3, 2));
        assertEquals(5, p1.total());
        assertEquals(2, p1.items().size());
        assertEquals(1, p3.items().size());
        assertEquals(3, p3.page());
        assertEquals(p1.items().get(0).uscc().compareTo(p1.items().get(1).uscc()) < 0, true, "ordered by USCC");
    }

    @Test
    void badFiltersAre400() {
        ProblemException e = assertThrows(ProblemException.class, () -> names(null, "999999", "Z9", "HUGE", "GOLD", null));
        assertEquals(400, e.type().status());
        assertEquals(List.of("region", "industry", "sizeClass", "tier"), e.errors().stream().map(f -> f.field()).toList());
    }
}
