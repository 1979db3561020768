package org.yiwang.kernel.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.ServiceRecord;

/**
 * The aggregate path (month rows, reach rows, raw edges) must give exactly what counting the
 * records gives, for random data written out of time order, completed, rated and followed up, and
 * random periods (aligned, ragged, open-ended), scopes and modules; and again after a rebuild.
 */
class AggregatesTest {

    private static final String[] REGIONS = {"350102", "350103", "350203", "350100", "350000", "440103", "429004"};
    private static final String[] MODULES = {"demands", "policy", "training"};
    private static final String[] CHANNELS = {"ONLINE", "OFFLINE", "HOTLINE", "ON_SITE"};
    private static final Instant START = Instant.parse("2024-11-01T00:00:00Z");

    @Test
    void aggregatePathEqualsCountingTheRecords() {
        SplittableRandom random = new SplittableRandom(42);
        try (Harness h = new Harness()) {
            List<ServiceRecord> stored = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String region = REGIONS[random.nextInt(REGIONS.length)];
                String uscc = Harness.uscc("350102", random.nextInt(25)); // 25 enterprises, served anywhere
                Instant requested = START.plus(Duration.ofMinutes(random.nextLong(200L * 24 * 60)));
                var in = Harness.open(uscc, region, MODULES[random.nextInt(3)], CHANNELS[random.nextInt(4)],
                        "P" + random.nextInt(4), requested);
                if (random.nextInt(3) == 0) {
                    in = Harness.timed(in, requested.plus(Duration.ofHours(random.nextInt(30))),
                            requested.plus(Duration.ofHours(30 + random.nextInt(100))));
                }
                stored.add(h.ledger.record(Harness.ADMIN, in));
            }
            for (ServiceRecord r : stored) {
                int action = random.nextInt(4);
                if (r.status() == ServiceRecord.Status.OPEN && action > 0) {
                    h.ledger.complete(Harness.ADMIN, r.id(), "完成");
                }
                if (action >= 2) {
                    h.ledger.followUp(Harness.ADMIN, r.id(), "HOTLINE", "回访");
                }
                if (action == 3) {
                    h.ledger.rate(Harness.ADMIN, r.id(), 1 + random.nextInt(5), null);
                }
            }
            compare(h, random);
            List<String> incremental = neighbours(h);
            h.ledger.rebuildKpis();
            assertEquals(incremental, neighbours(h), "the writes linked every record with its neighbours as a rebuild does");
            compare(h, new SplittableRandom(7));

            // an upgrade that adds aggregate columns asks for a rebuild on the next start
            h.db.withConnection(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE LEDGER_RECORD SET " + String.join(" = NULL, ", KpiRebuild.NEIGHBOUR_COLUMNS) + " = NULL");
                    s.executeUpdate("DELETE FROM LEDGER_KPI_REACH");
                    s.executeUpdate("INSERT INTO LEDGER_PENDING_TASK (TASK) VALUES ('rebuild-kpis')");
                }
                return null;
            });
            new LedgerService(h.db, e -> { }, h.clock);
            assertEquals(incremental, neighbours(h));
            compare(h, new SplittableRandom(11));
        }
    }

    private static List<String> neighbours(Harness h) {
        return h.db.withConnection(c -> {
            List<String> rows = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT ID, " + String.join(", ",
                    KpiRebuild.NEIGHBOUR_COLUMNS) + " FROM LEDGER_RECORD ORDER BY ID")) {
                while (rs.next()) {
                    StringBuilder b = new StringBuilder(rs.getString(1));
                    for (int i = 2; i <= 13; i++) {
                        b.append('|').append(rs.getObject(i));
                    }
                    rows.add(b.toString());
                }
            }
            return rows;
        });
    }

    private static void compare(Harness h, SplittableRandom random) {
        String[] prefixes = {"*", "35", "3501", "3502", "44", "4290", "350102"};
        for (int i = 0; i < 150; i++) {
            String prefix = prefixes[random.nextInt(prefixes.length)];
            String module = random.nextBoolean() ? null : MODULES[random.nextInt(3)];
            Instant from = random.nextInt(4) == 0 ? null : instant(random);
            Instant to = random.nextInt(4) == 0 ? null : instant(random);
            if (from != null && to != null && !to.isAfter(from)) {
                Instant t = from;
                from = to;
                to = t.plusSeconds(1);
            }
            Instant f = from;
            Instant t = to;
            var expected = h.db.withConnection(c -> KpiQueries.raw(c, prefix, module, null, f, t));
            var actual = h.db.withConnection(c -> KpiQueries.figures(c, prefix, module, null, f, t));
            assertEquals(expected, actual, prefix + " " + module + " [" + f + ", " + t + ")");
        }
    }

    /** Month starts in China time half of the time, anything otherwise. */
    private static Instant instant(SplittableRandom random) {
        if (random.nextBoolean()) {
            int month = 202410 + random.nextInt(3);
            month = month > 202412 ? 202501 + random.nextInt(8) : month;
            return Months.start(month);
        }
        return START.plus(Duration.ofMinutes(random.nextLong(220L * 24 * 60)));
    }
}
