package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.persistence.EmbeddedDerby;

/**
 * Benchmark (not a test) of precise matching and search, with its data generators ({@link Generator}):
 * <ol>
 * <li>E enterprises (default 1,000,000) over all counties, into the columnar snapshot and into an
 *     on-disk Derby table {@code BENCH_ENTERPRISE} (+ {@code BENCH_TIER}) with indexes;</li>
 * <li>P policies (default 1,000) at every level with generated criteria;</li>
 * <li>full match, every policy against every enterprise, on 2 threads (median of 5), and the naive
 *     way — one SQL SELECT per policy with the criteria as WHERE clauses — once, checking that both
 *     find the same number of matches;</li>
 * <li>one enterprise's matches with explanations (p50, p99 over 2,000 enterprises);</li>
 * <li>search over S policies (default 100,000) in a Lucene index: p50, p95 over 400 queries.</li>
 * </ol>
 * {@code mvn -o -q test-compile exec:java -Pbenchmark -pl modules/policy [-Dbench.policies=1000
 * -Dbench.enterprises=1000000 -Dbench.searchPolicies=100000]}
 */
public final class MatchBenchmark {

    private static final String[] PHRASES = {"专精特新中小企业", "融资担保服务", "贷款贴息", "研发费用加计扣除", "技术改造补贴",
        "数字化转型", "首台套重大技术装备", "知识产权质押融资", "人才引进奖励", "稳岗就业补贴", "出口信用保险", "小巨人企业奖励",
        "创业担保贷款", "产业园区租金减免", "科技成果转化", "高新技术企业认定", "绿色低碳改造", "工业互联网平台",
        "中小企业公共服务", "市场开拓展会补助", "社保费缓缴", "增值税留抵退税", "企业上市挂牌奖励", "股权融资对接"};
    private static final String[] FILLER = {"对符合条件的企业", "按照实际发生额的", "给予最高不超过", "万元的一次性奖励", "由市级财政",
        "予以支持", "申报材料", "经审核认定后", "每年组织一次", "鼓励", "引导", "加大支持力度", "进一步优化营商环境"};
    private static final String[] QUERIES = {"专精特新", "融资", "补贴", "贷款贴息", "数字化转型", "人才", "知识产权", "技术改造",
        "首台套", "担保", "出口", "小巨人", "上市", "减免", "研发", "绿色", "科技成果", "展会", "留抵退税", "工业互联网"};

    private MatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int policies = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int enterprises = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int searchPolicies = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path dir = Path.of(args.length > 3 ? args[3] : "target/benchmark/policy");
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "Machine: %d cores, max heap %,d MiB, %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        LocalDate day = Generator.DAY;
        Generator g = new Generator(20251122L);
        if (enterprises > 0) {
            match(dir, g, policies, enterprises, day);
        }
        search(dir.resolve("index"), g, searchPolicies);
    }

    private static void match(Path dir, Generator g, int policies, int enterprises, LocalDate day) throws Exception {
        try (EmbeddedDerby db = EmbeddedDerby.open(dir.resolve("derby"))) {
            createTables(db);
            long t0 = System.nanoTime();
            SnapshotBuilder builder = new SnapshotBuilder();
            List<Enterprise> sample = new ArrayList<>();
            generate(db, g, enterprises, builder, sample);
            System.out.printf(Locale.ROOT, "%,d enterprises generated (snapshot columns + Derby table) in %.1f s%n",
                    enterprises, seconds(t0));
            t0 = System.nanoTime();
            Snapshot snapshot = builder.build(Instant.now());
            System.out.printf(Locale.ROOT, "Snapshot built (sorted by region, bit sets) in %.2f s%n", seconds(t0));

            List<CompiledCriteria> compiled = new ArrayList<>();
            for (int i = 0; i < policies; i++) {
                String[] lr = g.levelAndRegion();
                Criteria c = g.criteria();
                compiled.add(new CompiledCriteria(c, Policies.effectiveRegions(Level.valueOf(lr[0]), lr[1], c)));
            }
            ForkJoinPool two = new ForkJoinPool(2);
            long[] counts = new long[policies];
            double[] runs = new double[6];
            for (int r = 0; r < runs.length; r++) {
                long t = System.nanoTime();
                two.submit(() -> java.util.stream.IntStream.range(0, policies).parallel().forEach(i ->
                        counts[i] = BulkMatcher.match(snapshot, compiled.get(i), day, 0, snapshot.n).metCount())).get();
                runs[r] = (System.nanoTime() - t) / 1e6;
            }
            double[] measured = Arrays.copyOfRange(runs, 1, runs.length);
            Arrays.sort(measured);
            long totalMatches = Arrays.stream(counts).sum();
            System.out.printf(Locale.ROOT, "| full match, %,d policies × %,d enterprises, 2 threads (columnar) | %.0f ms median"
                    + " (min %.0f, max %.0f) | %,d matches |%n", policies, enterprises, measured[2], measured[0], measured[4],
                    totalMatches);

            long t = System.nanoTime();
            long naiveMatches = 0;
            int mismatches = 0;
            for (int i = 0; i < policies; i++) {
                long n = naive(db, compiled.get(i), day);
                naiveMatches += n;
                if (n != counts[i]) {
                    mismatches++;
                }
            }
            double naiveMs = (System.nanoTime() - t) / 1e6;
            System.out.printf(Locale.ROOT, "| naive: one SQL SELECT per policy on Derby, 1 thread | %.0f ms | %,d matches,"
                    + " %d policies differ |%n", naiveMs, naiveMatches, mismatches);
            System.out.printf(Locale.ROOT, "Speed-up columnar vs naive: %.0f×%n", naiveMs / measured[2]);

            List<PublishedPolicies.Entry> entries = new ArrayList<>();
            for (int i = 0; i < policies; i++) {
                entries.add(new PublishedPolicies.Entry(null, List.of(), compiled.get(i)));
            }
            double[] one = new double[sample.size()];
            int found = 0;
            for (int rep = 0; rep < 2; rep++) {
                for (int i = 0; i < sample.size(); i++) {
                    long s = System.nanoTime();
                    found += forOne(entries, sample.get(i), day);
                    one[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            Arrays.sort(one);
            System.out.printf(Locale.ROOT, "| one enterprise's matches with explanations (%,d policies) | p50 %.3f ms, p99 %.3f ms,"
                    + " max %.3f ms | %,d policies found |%n", policies, one[one.length / 2], one[one.length * 99 / 100],
                    one[one.length - 1], found / 2);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void createTables(EmbeddedDerby db) {
        db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE bench_enterprise (uscc CHAR(18) NOT NULL PRIMARY KEY, region CHAR(6),"
                        + " industry VARCHAR(5), size_class VARCHAR(6), established DATE, employees INTEGER,"
                        + " revenue DECIMAL(18, 4), rd_ratio DECIMAL(9, 2), rd_expense DECIMAL(18, 4))");
                st.executeUpdate("CREATE TABLE bench_tier (uscc CHAR(18) NOT NULL, tier VARCHAR(12) NOT NULL,"
                        + " awarded_on DATE NOT NULL, valid_until DATE NOT NULL)");
            }
            return null;
        });
    }

    private static void generate(EmbeddedDerby db, Generator g, int n, SnapshotBuilder builder, List<Enterprise> sample) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_enterprise VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement tier = c.prepareStatement("INSERT INTO bench_tier VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    Enterprise e = g.enterprise(i + 1);
                    builder.add(e);
                    if (i % (n / 2000 + 1) == 0 && sample.size() < 2000) {
                        sample.add(e);
                    }
                    BigDecimal ratio = e.rdExpense() != null && e.operatingRevenue() != null && e.operatingRevenue().signum() > 0
                            ? e.rdExpense().multiply(BigDecimal.valueOf(100)).divide(e.operatingRevenue(), 2, RoundingMode.HALF_UP)
                            : null;
                    ps.setString(1, e.uscc());
                    ps.setString(2, e.regionCode());
                    ps.setString(3, e.industryCode());
                    ps.setString(4, e.sizeClass());
                    ps.setDate(5, e.establishedOn() == null ? null : Date.valueOf(e.establishedOn()));
                    ps.setObject(6, e.employees(), java.sql.Types.INTEGER);
                    ps.setBigDecimal(7, e.operatingRevenue());
                    ps.setBigDecimal(8, ratio);
                    ps.setBigDecimal(9, e.rdExpense());
                    ps.addBatch();
                    for (TierAward t : e.tiers()) {
                        tier.setString(1, e.uscc());
                        tier.setString(2, t.tier());
                        tier.setDate(3, Date.valueOf(t.awardedOn()));
                        tier.setDate(4, Date.valueOf(t.awardedOn().plusYears(3)));
                        tier.addBatch();
                    }
                    if (i % 2000 == 1999) {
                        ps.executeBatch();
                        tier.executeBatch();
                    }
                }
                ps.executeBatch();
                tier.executeBatch();
            }
            return null;
        });
        db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("CREATE INDEX bench_enterprise_region ON bench_enterprise (region)");
                st.executeUpdate("CREATE INDEX bench_enterprise_industry ON bench_enterprise (industry)");
                st.executeUpdate("CREATE INDEX bench_tier_uscc ON bench_tier (uscc)");
            }
            return null;
        });
    }

    /** The obvious way: the policy's criteria as one SELECT over the enterprise table; returns the number of USCCs read. */
    static long naive(EmbeddedDerby db, CompiledCriteria c, LocalDate day) {
        Criteria s = c.source;
        List<Object> args = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < c.regionLo.length; i++) {
            String prefix = String.valueOf(c.regionLo[i]);
            prefix = prefix.endsWith("0000") ? prefix.substring(0, 2) : prefix.endsWith("00") ? prefix.substring(0, 4) : prefix;
            regions.add("e.region LIKE ?");
            args.add(prefix + "%");
        }
        if (!regions.isEmpty()) {
            where.add("(" + String.join(" OR ", regions) + ")");
        }
        if (!s.industries().isEmpty()) {
            where.add("(" + s.industries().stream().map(x -> "e.industry LIKE ?").collect(Collectors.joining(" OR ")) + ")");
            s.industries().forEach(x -> args.add(x + "%"));
        }
        if (!s.sizes().isEmpty()) {
            where.add("e.size_class IN (" + s.sizes().stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
            args.addAll(s.sizes());
        }
        if (c.minTier >= 0) {
            List<String> tiers = Arrays.asList(Facts.TIERS).subList(c.minTier, 3);
            where.add("EXISTS (SELECT 1 FROM bench_tier t WHERE t.uscc = e.uscc AND t.tier IN ("
                    + tiers.stream().map(x -> "?").collect(Collectors.joining(", ")) + ") AND t.awarded_on <= ? AND t.valid_until > ?)");
            args.addAll(tiers);
            args.add(Date.valueOf(day));
            args.add(Date.valueOf(day));
        }
        if (s.minYears() != null) {
            where.add("e.established <= ?");
            args.add(Date.valueOf(day.minusYears(s.minYears())));
        }
        if (s.minEmployees() != null) {
            where.add("e.employees >= ?");
            args.add(s.minEmployees());
        }
        if (s.minRevenue() != null) {
            where.add("e.revenue >= ?");
            args.add(s.minRevenue());
        }
        if (s.minRdRatio() != null) {
            where.add("e.rd_ratio >= ?");
            args.add(s.minRdRatio());
        }
        String sql = "SELECT e.uscc FROM bench_enterprise e" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return (long) out.size();
            }
        });
    }

    /** What "policies for me" does for one enterprise: every policy's verdict, explanations for the matches. */
    private static int forOne(List<PublishedPolicies.Entry> entries, Enterprise e, LocalDate day) {
        Facts f = Facts.of(e);
        int n = 0;
        for (PublishedPolicies.Entry p : entries) {
            if (p.criteria().verdict(f, day) != Verdict.NOT_MET) {
                Eligibility.explain(p.criteria(), p.regions(), f, day);
                n++;
            }
        }
        return n;
    }

    private static void search(Path dir, Generator g, int n) {
        Random r = new Random(42);
        long t0 = System.nanoTime();
        try (PolicyIndex index = new PolicyIndex(dir)) {
            List<Policy> batch = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                batch.add(policy(i, g, r));
                if (batch.size() == 5000) {
                    index.addAll(batch);
                    batch.clear();
                }
            }
            index.addAll(batch);
            System.out.printf(Locale.ROOT, "%,d policies indexed in %.1f s%n", n, seconds(t0));
            double[] ms = new double[400];
            long hits = 0;
            for (int rep = -1; rep < 1; rep++) {
                for (int i = 0; i < ms.length; i++) {
                    String q = QUERIES[i % QUERIES.length];
                    String region = i % 4 == 0 ? g.counties.get(r.nextInt(g.counties.size())) : null;
                    long t = System.nanoTime();
                    hits += index.search(new SearchQuery(q, region, null, null, null, Generator.DAY), PageRequest.of(1, 20))
                            .total();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "| search over %,d policies (20 highlighted results + exact total; 1 in 4 with a"
                    + " region filter) | p50 %.2f ms, p95 %.2f ms, max %.2f ms | %,d hits in all |%n", n, ms[ms.length / 2],
                    ms[ms.length * 95 / 100], ms[ms.length - 1], hits / 2);
        }
    }

    private static Policy policy(long id, Generator g, Random r) {
        String[] lr = g.levelAndRegion();
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < 12; k++) {
            body.append(FILLER[r.nextInt(FILLER.length)]).append(PHRASES[r.nextInt(PHRASES.length)]).append('，');
        }
        body.append("特此通知。");
        String title = "关于" + PHRASES[r.nextInt(PHRASES.length)] + "的若干措施（第" + id + "号）";
        LocalDate issued = Generator.DAY.minusDays(r.nextInt(1000));
        return new Policy(id, title, "经济和信息化局", "经信发〔2025〕" + id + "号", Level.valueOf(lr[0]), lr[1], lr[1], issued,
                issued, r.nextInt(5) == 0 ? null : issued.plusYears(3), body.toString(), List.of("financing-guarantee"),
                List.of(), Criteria.NONE, LocalizedText.of("全部企业", "all"), Status.PUBLISHED, 1, Instant.EPOCH, "bench",
                Instant.EPOCH, Instant.EPOCH, List.of(), List.of());
    }
}
