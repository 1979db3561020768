package org.yiwang.kernel.enterprises.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.yiwang.kernel.enterprises.internal.EnterpriseService;
import org.yiwang.kernel.enterprises.internal.ImportFormat;
import org.yiwang.kernel.enterprises.internal.ImportMode;
import org.yiwang.kernel.enterprises.internal.ImportService;
import org.yiwang.kernel.enterprises.internal.ImportStatus;
import org.yiwang.kernel.enterprises.internal.TestServices;
import org.yiwang.kernel.persistence.EmbeddedDerby;

/**
 * Writes N synthetic rows as CSV, then imports the file through the real import service into a
 * fresh on-disk Derby: first all-or-nothing (validate everything, then insert), then the same file
 * again with skip-bad-rows (every row an update).
 */
final class ImportBenchmark {

    private ImportBenchmark() {
    }

    static void run(int n, Path work) throws Exception {
        Files.createDirectories(work);
        Path csv = work.resolve("enterprises-" + n + ".csv");
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            write(csv, n);
            System.out.printf("Generated %,d rows (%,d MiB) in %.1f s%n", n, Files.size(csv) >> 20, (System.nanoTime() - t) / 1e9);
        }
        Path dbDir = work.resolve("derby-" + System.currentTimeMillis());
        try (EmbeddedDerby db = EmbeddedDerby.open(dbDir)) {
            EnterpriseService enterprises = TestServices.enterprises(db, Clock.systemUTC());
            ImportService imports = TestServices.imports(enterprises, work.resolve("imports"), Clock.systemUTC());
            try {
                measure(imports, csv, ImportMode.ALL_OR_NOTHING, "insert");
                measure(imports, csv, ImportMode.SKIP_BAD_ROWS, "update");
            } finally {
                TestServices.shutdown(imports);
            }
        }
    }

    private static void measure(ImportService imports, Path csv, ImportMode mode, String what) throws Exception {
        long t0 = System.nanoTime();
        ImportStatus s = imports.submit(csv, ImportFormat.CSV, StandardCharsets.UTF_8, mode);
        java.util.Map<String, Long> phaseStart = new java.util.LinkedHashMap<>();
        while (!s.finished()) {
            phaseStart.putIfAbsent(s.phase(), System.nanoTime());
            Thread.sleep(20);
            s = imports.status(s.id()).orElseThrow();
        }
        phaseStart.putIfAbsent(s.phase(), System.nanoTime());
        StringBuilder phases = new StringBuilder();
        Long previous = null;
        String previousName = null;
        for (var p : phaseStart.entrySet()) {
            if (previous != null) {
                phases.append(String.format(" %s %.1f s", previousName, (p.getValue() - previous) / 1e9));
            }
            previous = p.getValue();
            previousName = p.getKey();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double job = Duration.between(s.startedAt(), s.finishedAt()).toMillis() / 1e3;
        System.out.printf("Import %s (%s): %s, %,d rows, inserted %,d, updated %,d, rejected %,d in %.1f s = %,.0f rows/s%n",
                mode.id(), what, s.state(), s.totalRows(), s.inserted(), s.updated(), s.rejected(), job,
                s.totalRows() / job);
        if (s.rejected() > 0 || !"DONE".equals(s.state())) {
            System.out.println("  unexpected: " + s.message());
        }
        System.out.printf("  phases:%s (wall time incl. queueing %.1f s)%n", phases, seconds);
    }

    private static void write(Path csv, int n) throws IOException {
        EnterpriseGenerator generator = new EnterpriseGenerator(2025);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(EnterpriseGenerator.HEADER);
            w.write('\n');
            for (int i = 0; i < n; i++) {
                w.write(EnterpriseGenerator.csvLine(generator.next(i)));
                w.write('\n');
            }
        }
    }
}
