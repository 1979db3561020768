package org.yiwang.kernel.ledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.Kpis;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.ledger.internal.BenchSupport;
import org.yiwang.kernel.ledger.internal.LedgerService;
import org.yiwang.kernel.persistence.EmbeddedDerby;

/**
 * Service ledger KPIs on a large ledger: bulk-loads N generated records (default 1,000,000) into an
 * on-disk embedded Derby, rebuilds the aggregate rows, then times KPI queries for a province, a city
 * and a county subtree with module, provider and period filters (median of 15 runs after 3 warm-up
 * runs), next to a trivial baseline (a primary-key read) and the same province counted from the
 * records alone; finally the cost of incremental writes. Prints a Markdown table.
 *
 * <p>{@code mvn -o -q test-compile exec:java -Pbenchmark -pl kernel/ledger [-Dbench.records=200000]}
 */
public final class KpiBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final Caller ADMIN = new Caller("1", "bench", AccountKind.ADMIN, null, null, Set.of());

    private KpiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/benchmark");
        Path dir = folder.resolve("ledger-db");
        // -Dbench.reuse=true: keep a database loaded by an earlier run with the same size (faster reruns)
        Path loaded = folder.resolve("loaded-" + records);
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.exists(loaded) && Files.exists(dir);
        Files.deleteIfExists(loaded);
        if (!reuse && Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(folder);
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T02:00:00Z"), ZoneOffset.UTC);
        try (EmbeddedDerby db = EmbeddedDerby.open(dir)) {
            LedgerService ledger = BenchSupport.ledger(db, e -> { }, clock);
            RecordGenerator gen = new RecordGenerator(20250615L, Math.max(1000, records / 4));
            long t0 = System.nanoTime();
            for (int done = reuse ? records : 0; done < records; done += 5000) {
                List<ServiceRecord> chunk = gen.next(Math.min(5000, records - done));
                db.inTransaction(c -> {
                    BenchSupport.insert(c, chunk);
                    return null;
                });
            }
            double loadS = seconds(t0);
            t0 = System.nanoTime();
            if (!reuse) {
                ledger.rebuildKpis();
            }
            double rebuildS = seconds(t0);
            db.withConnection(c -> {
                for (String table : List.of("LEDGER_RECORD", "LEDGER_KPI_MONTH", "LEDGER_KPI_REACH")) {
                    try (var s = c.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', ?, NULL)")) {
                        s.setString(1, table);
                        s.execute();
                    }
                }
                return null;
            });
            Map<String, Long> perProvince = new TreeMap<>();
            String anyId = db.withConnection(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT PROVINCE, COUNT(*) FROM LEDGER_RECORD GROUP BY PROVINCE")) {
                    while (rs.next()) {
                        perProvince.put(rs.getString(1), rs.getLong(2));
                    }
                }
                try (var rs = c.createStatement().executeQuery("SELECT MIN(ID) FROM LEDGER_RECORD")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            long rows = db.withConnection(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM LEDGER_KPI_MONTH")) {
                    rs.next();
                    long m = rs.getLong(1);
                    try (var rs2 = c.createStatement().executeQuery("SELECT COUNT(*) FROM LEDGER_KPI_REACH")) {
                        rs2.next();
                        return m * 1_000_000 + rs2.getLong(1);
                    }
                }
            });
            String bigCounty = db.withConnection(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT REGION_CODE, COUNT(*) FROM LEDGER_RECORD "
                        + "WHERE PROVINCE = '35' AND REGION_CODE NOT LIKE '%00' GROUP BY REGION_CODE ORDER BY 2 DESC FETCH FIRST 1 ROWS ONLY")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            if (reuse) {
                System.out.printf(Locale.ROOT, "%nReusing the database loaded by an earlier run.%n");
            }
            System.out.printf(Locale.ROOT, "%n%,d records loaded in %.1f s; aggregates rebuilt in %.1f s "
                    + "(%,d month rows, %,d reach rows); records per province %s%n%n", records, loadS, rebuildS,
                    rows / 1_000_000, rows % 1_000_000, perProvince);

            List<String[]> table = new ArrayList<>();
            table.add(time("baseline: one record by primary key", () -> ledger.find(ADMIN, anyId)));
            table.add(kpi(ledger, "province 350000, all time", q("350000", null, null, null, null)));
            table.add(kpi(ledger, "province 440000, year 2025", q("440000", "2025-01-01", "2026-01-01", null, null)));
            table.add(kpi(ledger, "province 350000, module demands, 2025 H1",
                    q("350000", "2025-01-01", "2025-07-01", "demands", null)));
            table.add(kpi(ledger, "province 350000, ragged period 2024-03-15 … 2025-11-20",
                    q("350000", "2024-03-15", "2025-11-21", null, null)));
            table.add(kpi(ledger, "province 440000, module demands, ragged period 2024-07-10 … 2025-02-19",
                    q("440000", "2024-07-10", "2025-02-20", "demands", null)));
            table.add(kpi(ledger, "city 350100, ragged period 2024-05-20 … 2025-09-09",
                    q("350100", "2024-05-20", "2025-09-10", null, null)));
            table.add(kpi(ledger, "province 350000, one provider (from the records)",
                    q("350000", null, null, null, "inst-3501-3")));
            table.add(kpi(ledger, "city 350100, all time", q("350100", null, null, null, null)));
            table.add(kpi(ledger, "city 350200, module demands, 2025", q("350200", "2025-01-01", "2026-01-01", "demands", null)));
            table.add(kpi(ledger, "county " + bigCounty + " (largest in 35), all time", q(bigCounty, null, null, null, null)));
            table.add(kpi(ledger, "county " + bigCounty + ", module policy, 2025 Q2",
                    q(bigCounty, "2025-04-01", "2025-07-01", "policy", null)));
            table.add(kpi(ledger, "whole ledger (administrator), all time", q(null, null, null, null, null)));
            table.add(timeFew("province 35 distinct enterprises counted from the records (no aggregates)",
                    () -> BenchSupport.rawEnterprises(db, "35")));
            table.add(writes(ledger, clock));

            StringBuilder md = new StringBuilder("| query | median ms | min ms | max ms | result |\n|---|---:|---:|---:|---|\n");
            for (String[] row : table) {
                md.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            System.out.println(md);
            Files.writeString(folder.resolve("ledger-kpis.md"), md.toString());
        }
        Files.writeString(loaded, "loaded and rebuilt\n");
    }

    private static KpiQuery q(String region, String from, String to, String module, String provider) {
        return new KpiQuery(region, from == null ? null : day(from), to == null ? null : day(to), module, provider);
    }

    private static Instant day(String date) {
        return java.time.LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
    }

    private static String[] kpi(LedgerService ledger, String label, KpiQuery q) {
        String[] row = time(label, () -> ledger.kpis(ADMIN, q));
        Kpis k = ledger.kpis(ADMIN, q);
        row[4] = String.format(Locale.ROOT, "%,d enterprises, %,d delivered, satisfaction %.3f",
                k.enterprisesServed(), k.servicesDelivered(), k.satisfactionRate() == null ? Double.NaN : k.satisfactionRate());
        return row;
    }

    private static String[] time(String label, Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new String[] {label, fmt(ms[RUNS / 2]), fmt(ms[0]), fmt(ms[RUNS - 1]), ""};
    }

    private static String[] timeFew(String label, Supplier<Object> work) {
        work.get();
        double[] ms = new double[3];
        Object result = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            result = work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new String[] {label + " (3 runs)", fmt(ms[1]), fmt(ms[0]), fmt(ms[2]), String.format(Locale.ROOT, "%,d", (Long) result)};
    }

    /** Mean cost of recording 500 services through the service (validation, reach rows, month rows, audit). */
    private static String[] writes(LedgerService ledger, Clock clock) {
        RecordGenerator gen = new RecordGenerator(99L, 250_000);
        List<NewServiceRecord> inputs = gen.next(500).stream().map(r -> new NewServiceRecord(r.uscc(), r.regionCode(),
                r.module(), r.category(), r.channel(), new Provider(r.provider().kind(), r.provider().id(), r.provider().name()),
                r.title(), null, r.requestedAt(), r.respondedAt(), r.completedAt(), r.outcome())).collect(Collectors.toList());
        long t0 = System.nanoTime();
        List<ServiceRecord> made = new ArrayList<>();
        for (NewServiceRecord in : inputs) {
            made.add(ledger.record(ADMIN, in));
        }
        double recordMs = (System.nanoTime() - t0) / 1e6 / inputs.size();
        t0 = System.nanoTime();
        int rated = 0;
        for (ServiceRecord r : made) {
            if (r.status() == ServiceRecord.Status.COMPLETED) {
                ledger.rate(ADMIN, r.id(), 5, null);
                rated++;
            }
        }
        double rateMs = (System.nanoTime() - t0) / 1e6 / Math.max(1, rated);
        return new String[] {"write: record() / rate() through the service, mean of 500 / " + rated, fmt(recordMs) + " / " + fmt(rateMs),
            "", "", "per call"};
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
