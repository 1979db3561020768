package org.yiwang.module.demands.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.persistence.EmbeddedDerby;
import org.yiwang.kernel.standards.region.RegionLevel;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.testkit.FakeLedger;
import org.yiwang.kernel.testkit.MutableClock;

/**
 * Benchmark (not a test): N generated demands (default 100,000) over the counties of six provinces
 * in an on-disk embedded Derby, then the queries staff and enterprises run through
 * {@link DemandService}: queues of a province, a city and a county (first page with the total),
 * filtered by status and overdue, an enterprise's own list, one demand by id (baseline), and the SLA
 * job's sweep query. Median of 15 runs after 3 warm-up runs.
 *
 * <p>{@code mvn -o -q test-compile exec:java -Pbenchmark -pl modules/demands [-Dbench.demands=100000]}
 */
public final class QueueBenchmark {

    private static final String[] PROVINCES = {"350000", "440000", "320000", "330000", "420000", "510000"};
    private static final String[] CATEGORIES = {"legal-aid", "financing-guarantee", "policy-consulting",
        "technology-support", "market-development", "rights-protection"};
    private static final Status[] STATUSES = {Status.SUBMITTED, Status.ACCEPTED, Status.IN_PROGRESS, Status.RESOLVED,
        Status.FOLLOWED_UP, Status.CLOSED, Status.CLOSED, Status.CLOSED, Status.REJECTED, Status.WITHDRAWN};

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/benchmark/demands");
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir.getParent());
        System.out.printf(Locale.ROOT, "Machine: %d cores, max heap %,d MiB, %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        try (EmbeddedDerby db = EmbeddedDerby.open(dir)) {
            DemandsSchema schema = new DemandsSchema(db);
            MutableClock clock = new MutableClock(Instant.parse("2026-06-30T02:00:00Z"));
            RoutingService routing = new RoutingService(schema, e -> { }, clock);
            DemandService demands = new DemandService(schema, routing, new FakeLedger(clock), e -> { },
                    new DemandEvents(), clock);
            long t0 = System.nanoTime();
            List<String> usccs = generate(db, n, clock.instant());
            System.out.printf(Locale.ROOT, "%,d demands generated in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

            Caller admin = new Caller("a-bench", "bench-admin", AccountKind.ADMIN, null, null, Set.of());
            Caller province = TestCallers.staff("fujian", "350000");
            Caller city = TestCallers.staff("fuzhou", "350100");
            Caller county = TestCallers.staff("gulou", "350102");
            Caller enterprise = TestCallers.enterprise(usccs.get(0));
            long anId = n / 2;
            PageRequest first = PageRequest.of(1, 20);
            measure("baseline: one demand by id (admin)", () -> demands.get(admin, anId).status());
            measure("province 350000 queue, first page + total", () -> demands.list(province, null, null, null, null, first).total());
            measure("province 350000 queue, status SUBMITTED", () -> demands.list(province, "SUBMITTED", null, null, null, first).total());
            measure("province 350000 queue, overdue", () -> demands.list(province, null, null, "true", null, first).total());
            measure("city 350100 queue, first page + total", () -> demands.list(city, null, null, null, null, first).total());
            measure("county 350102 queue, first page + total", () -> demands.list(county, null, null, null, null, first).total());
            measure("whole platform (administrator), status IN_PROGRESS", () -> demands.list(admin, "IN_PROGRESS", null, null, null, first).total());
            measure("an enterprise's own demands", () -> demands.list(enterprise, null, null, null, null, first).total());
            measure("SLA job sweep query (open demands due a reminder or overdue)",
                    () -> (long) db.withConnection(c -> new DemandStore().dueForSweep(c, clock.instant()).size()));
        }
    }

    /** Bulk rows straight into the table (the service path is measured by the queries, not the load). */
    private static List<String> generate(EmbeddedDerby db, int n, Instant now) {
        RegionRegistry registry = RegionRegistry.bundled();
        List<String> counties = registry.current().stream()
                .filter(r -> r.level() == RegionLevel.COUNTY && Arrays.stream(PROVINCES).anyMatch(p -> r.code().startsWith(p.substring(0, 2))))
                .map(r -> r.code()).toList();
        Random random = new Random(20261122L);
        List<String> usccs = new ArrayList<>();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO demands_demand (uscc, enterprise_name, region,"
                    + " category, title, description, contact, channel, status, window_region, window_name, submitted_at,"
                    + " due_at, reminded, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    String region = counties.get(random.nextInt(counties.size()));
                    String uscc = TestCallers.uscc(region, i % 40_000 + 1);
                    if (i < 40_000) {
                        usccs.add(uscc);
                    }
                    Instant submitted = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
                    Status status = STATUSES[random.nextInt(STATUSES.length)];
                    String window = random.nextInt(10) == 0 ? region.substring(0, 4) + "00" : region;
                    ps.setString(1, uscc);
                    ps.setString(2, "企业" + i);
                    ps.setString(3, region);
                    ps.setString(4, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                    ps.setString(5, "诉求 " + i);
                    ps.setString(6, "企业反映的问题，第 " + i + " 件");
                    ps.setString(7, "联系人 " + i);
                    ps.setString(8, random.nextInt(4) == 0 ? "HOTLINE" : "ONLINE");
                    ps.setString(9, status.name());
                    ps.setString(10, window);
                    ps.setString(11, "窗口 " + window);
                    ps.setTimestamp(12, Timestamp.from(submitted));
                    ps.setTimestamp(13, Timestamp.from(submitted.plus(Duration.ofHours(120))));
                    ps.setBoolean(14, random.nextBoolean());
                    ps.setString(15, "bench");
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
        return usccs;
    }

    private static void measure(String what, Supplier<Object> query) {
        Object result = null;
        for (int i = 0; i < 3; i++) {
            result = query.get();
        }
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            result = query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", what, ms[ms.length / 2], ms[0], ms[ms.length - 1], result);
    }
}
