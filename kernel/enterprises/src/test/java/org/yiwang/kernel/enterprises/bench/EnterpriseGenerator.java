package org.yiwang.kernel.enterprises.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.industry.IndustryDivision;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionKind;
import org.yiwang.kernel.standards.region.RegionLevel;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.uscc.Uscc;

/**
 * Synthetic, valid enterprises, deterministic for a seed: USCCs built with both check-character
 * algorithms over current county codes, GB/T 4754 class codes under real divisions, plausible
 * indicators, and now and then tier awards, contacts and tags.
 */
public final class EnterpriseGenerator {

    /** CSV header with the JSON field names, as the import expects. */
    public static final String HEADER = "uscc,name,regionCode,industryCode,employees,operatingRevenue,totalAssets,"
            + "establishedOn,rdExpense,ipClassOne,ipTotal,tiers,contacts,tags";

    private static final String[] TIERS = {"BASE", "SPECIALISED", "LITTLE_GIANT"};
    private static final String[] TAGS = {"高新技术", "出口", "制造业单项冠军", "科技型", "数字化转型"};

    private final List<Region> counties;
    private final List<IndustryDivision> divisions;
    private final SplittableRandom random;

    public EnterpriseGenerator(long seed) {
        this.counties = RegionRegistry.bundled().current().stream()
                .filter(r -> r.level() == RegionLevel.COUNTY && r.kind() == RegionKind.ADMINISTRATIVE).toList();
        this.divisions = IndustryCatalog.bundled().divisions();
        this.random = new SplittableRandom(seed);
    }

    /** A valid USCC with authority 9, category 1, the given region and a unique organisation body per {@code n}. */
    public static String uscc(String regionCode, long n) {
        String body = String.format("%08d", Math.floorMod(n * 7919L, 100_000_000L));
        String first17 = "91" + regionCode + body + Uscc.orgCheckCharacter(body);
        return first17 + Uscc.checkCharacter(first17);
    }

    /** The {@code n}-th enterprise (the generator's random state advances). */
    public Enterprise next(long n) {
        Region region = counties.get(random.nextInt(counties.size()));
        IndustryDivision d = divisions.get(random.nextInt(divisions.size()));
        String industry = d.sectionCode() + d.code() + (10 + random.nextInt(10));
        BigDecimal revenue = BigDecimal.valueOf(random.nextInt(500_000), 1);
        List<TierAward> tiers = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            tiers.add(new TierAward(TIERS[random.nextInt(3)], LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1), null));
        }
        List<Contact> contacts = random.nextInt(4) == 0
                ? List.of(new Contact("联系人" + n, "总经理", "0591-" + (1_000_000 + random.nextInt(8_999_999)), "c" + n + "@example.cn"))
                : List.of();
        List<String> tags = random.nextInt(5) == 0 ? List.of(TAGS[random.nextInt(TAGS.length)]) : List.of();
        return new Enterprise(uscc(region.code(), n), "示例" + region.name() + n + "科技有限公司", region.code(), industry,
                null, 1 + random.nextInt(2000), revenue, BigDecimal.valueOf(random.nextInt(800_000), 1),
                LocalDate.of(1990 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                BigDecimal.valueOf(random.nextInt(5_000), 1), null, random.nextInt(10), 10 + random.nextInt(40),
                tiers, contacts, tags, null, null, 0L);
    }

    /** One CSV line (no newline) of {@code e} under {@link #HEADER}; the values need no quoting. */
    public static String csvLine(Enterprise e) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(e.uscc()).append(',').append(e.name()).append(',').append(e.regionCode()).append(',')
                .append(e.industryCode()).append(',').append(e.employees()).append(',')
                .append(e.operatingRevenue().toPlainString()).append(',').append(e.totalAssets().toPlainString()).append(',')
                .append(e.establishedOn()).append(',').append(e.rdExpense().toPlainString()).append(',')
                .append(e.ipClassOne()).append(',').append(e.ipTotal()).append(',');
        for (int i = 0; i < e.tiers().size(); i++) {
            sb.append(i == 0 ? "" : ";").append(e.tiers().get(i).tier()).append(':').append(e.tiers().get(i).awardedOn());
        }
        sb.append(',');
        for (Contact c : e.contacts()) {
            sb.append(c.name()).append('|').append(c.role()).append('|').append(c.phone()).append('|').append(c.email());
        }
        sb.append(',').append(String.join(";", e.tags()));
        return sb.toString();
    }
}
