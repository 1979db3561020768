package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionLevel;
import org.yiwang.kernel.standards.region.RegionRegistry;

/**
 * Random but plausible enterprises and policies for the agreement test and the benchmark: counties
 * of the whole country, GB/T 4754 divisions with some class-level codes, the four size classes,
 * about 10 % with a tier, a few percent of every fact missing; criteria of policies at every level.
 */
final class Generator {

    static final LocalDate DAY = LocalDate.of(2025, 6, 16);
    final Random random;
    final List<String> counties;
    final List<String> prefectures;
    final List<String> provinces;
    final List<String> divisions;

    Generator(long seed) {
        random = new Random(seed);
        List<Region> current = RegionRegistry.bundled().current();
        counties = current.stream().filter(r -> r.level() == RegionLevel.COUNTY).map(Region::code).toList();
        prefectures = current.stream().filter(r -> r.level() == RegionLevel.PREFECTURE).map(Region::code).toList();
        provinces = current.stream().filter(r -> r.level() == RegionLevel.PROVINCE).map(Region::code).toList();
        divisions = IndustryCatalog.bundled().divisions().stream().map(d -> d.sectionCode() + d.code()).toList();
    }

    private boolean missing() {
        return random.nextInt(100) < 3;
    }

    Enterprise enterprise(int n) {
        String region = counties.get(random.nextInt(counties.size()));
        String uscc = TestCallers.uscc(region, n);
        String industry = divisions.get(random.nextInt(divisions.size()));
        int r = random.nextInt(10);
        if (r < 3) {
            industry = industry + random.nextInt(10) + random.nextInt(10);
        } else if (r == 3) {
            industry = industry.substring(0, 1);
        }
        int employees = 1 + (int) Math.round(Math.exp(random.nextDouble() * 7));
        BigDecimal revenue = BigDecimal.valueOf(Math.exp(random.nextDouble() * 11)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rd = revenue.multiply(BigDecimal.valueOf(random.nextDouble() * 0.08)).setScale(2, RoundingMode.HALF_UP);
        LocalDate est = DAY.minusDays(random.nextInt(365 * 30));
        List<TierAward> tiers = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            String[] t = Facts.TIERS;
            tiers.add(new TierAward(t[random.nextInt(3)], DAY.minusDays(random.nextInt(365 * 4)), null));
        }
        String[] sizes = Facts.SIZES;
        return FakeDirectory.enterprise(uscc, missing() ? null : region, missing() ? null : industry,
                missing() ? null : sizes[random.nextInt(4)], missing() ? null : employees,
                missing() ? null : revenue.toPlainString(), missing() ? null : est, missing() ? null : rd.toPlainString(),
                null, tiers);
    }

    /** A policy level and region (5 % national, 25 % provincial, 50 % municipal, 20 % county). */
    String[] levelAndRegion() {
        int r = random.nextInt(100);
        if (r < 5) {
            return new String[] {"NATIONAL", Level.NATIONWIDE};
        }
        if (r < 30) {
            return new String[] {"PROVINCIAL", provinces.get(random.nextInt(provinces.size()))};
        }
        if (r < 80) {
            return new String[] {"MUNICIPAL", prefectures.get(random.nextInt(prefectures.size()))};
        }
        return new String[] {"COUNTY", counties.get(random.nextInt(counties.size()))};
    }

    Criteria criteria() {
        List<String> industries = new ArrayList<>();
        if (random.nextInt(2) == 0) {
            String d = divisions.get(random.nextInt(divisions.size()));
            int k = random.nextInt(4);
            industries.add(k == 0 ? d.substring(0, 1) : k == 3 ? d + random.nextInt(10) : d);
        }
        List<String> sizes = new ArrayList<>();
        if (random.nextInt(10) < 3) {
            sizes.add("SMALL");
            sizes.add("MICRO");
            if (random.nextBoolean()) {
                sizes.add("MEDIUM");
            }
        }
        List<String> tiers = random.nextInt(5) == 0 ? List.of(Facts.TIERS[random.nextInt(3)]) : List.of();
        Integer minYears = random.nextInt(10) < 4 ? random.nextInt(6) : null;
        Integer minEmployees = random.nextInt(10) < 4 ? 10 * random.nextInt(10) : null;
        BigDecimal minRevenue = random.nextInt(10) < 4 ? BigDecimal.valueOf(100L * random.nextInt(50)) : null;
        BigDecimal minRatio = random.nextInt(10) < 2 ? BigDecimal.valueOf(random.nextInt(6)) : null;
        return new Criteria(List.of(), industries, sizes, tiers, minYears, null, minEmployees, null, minRevenue, null,
                minRatio, null, null, null);
    }
}
