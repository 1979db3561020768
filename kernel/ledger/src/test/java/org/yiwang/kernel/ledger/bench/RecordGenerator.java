package org.yiwang.kernel.ledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.Rating;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionKind;
import org.yiwang.kernel.standards.region.RegionLevel;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.service.ServiceCategory;
import org.yiwang.kernel.standards.uscc.Uscc;

/**
 * Synthetic ledger records, deterministic for a seed: enterprises with valid USCCs homed in the
 * current county-level divisions of {@link #PROVINCES}; each record serves a random enterprise in its
 * county (one in ten at its prefecture's platform), through one of six modules, over 2024–2025; 80 %
 * completed, half of those rated (mostly 4–5), 40 % of them followed up.
 */
public final class RecordGenerator {

    /** 福建, 广东, 江苏, 浙江, 湖北, 四川. */
    public static final List<String> PROVINCES = List.of("35", "44", "32", "33", "42", "51");
    static final String[] MODULES = {"demands", "policy", "training", "institutions", "exhibitions", "alliance"};
    private static final String[] CHANNELS = {"ONLINE", "ONLINE", "OFFLINE", "HOTLINE", "ON_SITE"};
    private static final int[] SCORES = {1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5};
    private static final Instant START = Instant.parse("2023-12-31T16:00:00Z"); // 2024-01-01 in China time
    private static final long SPAN_MINUTES = 731L * 24 * 60;

    private static final RegionRegistry REGIONS = RegionRegistry.bundled();

    private final List<Region> counties;
    private final int enterprises;
    private final SplittableRandom random;

    public RecordGenerator(long seed, int enterprises) {
        this.counties = RegionRegistry.bundled().current().stream()
                .filter(r -> r.level() == RegionLevel.COUNTY && r.kind() == RegionKind.ADMINISTRATIVE)
                .filter(r -> PROVINCES.contains(r.code().substring(0, 2))).toList();
        this.enterprises = enterprises;
        this.random = new SplittableRandom(seed);
    }

    public List<Region> counties() {
        return counties;
    }

    /** Enterprise {@code n}'s home county and USCC (registered there). */
    public String county(int n) {
        return counties.get(Math.floorMod(n * 2_654_435_761L, counties.size())).code();
    }

    public static String uscc(String region, long n) {
        String body = String.format("%08d", Math.floorMod(n * 7919L, 100_000_000L));
        String first17 = "91" + region + body + Uscc.orgCheckCharacter(body);
        return first17 + Uscc.checkCharacter(first17);
    }

    public List<ServiceRecord> next(int count) {
        List<ServiceRecord> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(next());
        }
        return items;
    }

    private ServiceRecord next() {
        int n = random.nextInt(enterprises);
        String county = county(n);
        String city = county.substring(0, 4) + "00";
        String region = random.nextInt(10) == 0 && REGIONS.isCurrent(city) ? city : county;
        String module = MODULES[random.nextInt(MODULES.length)];
        ServiceCategory category = ServiceCategory.values()[random.nextInt(ServiceCategory.values().length)];
        int p = random.nextInt(10);
        Provider provider = p < 6 ? new Provider(Provider.Kind.PLATFORM_UNIT, region, "服务中心 " + region)
                : p < 9 ? new Provider(Provider.Kind.INSTITUTION, "inst-" + county.substring(0, 4) + "-" + random.nextInt(8), "服务机构")
                : new Provider(Provider.Kind.EXPERT, "exp-" + random.nextInt(500), "专家");
        Instant requested = START.plus(Duration.ofMinutes(random.nextLong(SPAN_MINUTES)));
        Instant responded = random.nextInt(10) < 9 ? requested.plus(Duration.ofMinutes(5 + random.nextInt(3000))) : null;
        boolean done = random.nextInt(10) < 8;
        Instant completed = done ? (responded == null ? requested : responded).plus(Duration.ofMinutes(random.nextInt(20_000))) : null;
        Rating rating = done && random.nextBoolean()
                ? new Rating(SCORES[random.nextInt(SCORES.length)], null, completed.plus(Duration.ofDays(2)), "bench", random.nextBoolean())
                : null;
        int followUps = done && random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0;
        return new ServiceRecord(UUID.randomUUID().toString(), uscc(county, n), region, module, category.code(),
                CHANNELS[random.nextInt(CHANNELS.length)], provider, "服务事项", null, requested,
                done && responded == null ? completed : responded, completed,
                done ? ServiceRecord.Status.COMPLETED : ServiceRecord.Status.OPEN, done ? "已完成" : null, followUps,
                rating, requested);
    }
}
