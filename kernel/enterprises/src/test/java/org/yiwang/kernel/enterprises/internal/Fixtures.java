package org.yiwang.kernel.enterprises.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.enterprises.bench.EnterpriseGenerator;
import org.yiwang.kernel.persistence.EmbeddedDerby;

/** Shared test data: a fixed clock (2025-06-15, Beijing morning), valid USCCs, sample profiles. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Fixtures() {
    }

    static EmbeddedDerby database() {
        return EmbeddedDerby.inMemory("enterprises-test-" + DATABASES.incrementAndGet());
    }

    static String uscc(String region, long n) {
        return EnterpriseGenerator.uscc(region, n);
    }

    /** A complete, valid manufacturing SME in Fuzhou (鼓楼区). */
    static Enterprise sample(String uscc) {
        return new Enterprise(uscc, "示例科技有限公司", "350102", "C3311", null, 120, new BigDecimal("1850.5"),
                new BigDecimal("2400"), LocalDate.of(2010, 3, 8), new BigDecimal("95.25"), null, 3, 12,
                List.of(new TierAward("BASE", LocalDate.of(2024, 5, 20), null)),
                List.of(new Contact("张三", "总经理", "0591-87654321", "zhang@example.cn")), List.of("高新技术", "出口"),
                null, null, 0L);
    }

    static Enterprise with(Enterprise e, String region, String industry, Integer employees, BigDecimal revenue) {
        return new Enterprise(e.uscc(), e.name(), region, industry, null, employees, revenue, e.totalAssets(),
                e.establishedOn(), e.rdExpense(), null, e.ipClassOne(), e.ipTotal(), e.tiers(), e.contacts(), e.tags(),
                null, null, e.version());
    }

    static Enterprise named(Enterprise e, String name, List<TierAward> tiers, List<String> tags) {
        return new Enterprise(e.uscc(), name, e.regionCode(), e.industryCode(), null, e.employees(), e.operatingRevenue(),
                e.totalAssets(), e.establishedOn(), e.rdExpense(), null, e.ipClassOne(), e.ipTotal(), tiers, e.contacts(),
                tags, null, null, e.version());
    }

    static Enterprise versioned(Enterprise e, long version) {
        return new Enterprise(e.uscc(), e.name(), e.regionCode(), e.industryCode(), null, e.employees(),
                e.operatingRevenue(), e.totalAssets(), e.establishedOn(), e.rdExpense(), null, e.ipClassOne(), e.ipTotal(),
                e.tiers(), e.contacts(), e.tags(), null, null, version);
    }
}
