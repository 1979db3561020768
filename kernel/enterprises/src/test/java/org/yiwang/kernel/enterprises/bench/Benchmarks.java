package org.yiwang.kernel.enterprises.bench;

import java.nio.file.Path;

/**
 * Runs the module's benchmarks (not tests; {@code mvn -Pbenchmark}). Arguments: rows to import
 * (default 1,000,000) and a work folder (default {@code target/benchmark}).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/benchmark");
        System.out.printf("Machine: %d cores, max heap %,d MiB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        ClassificationBenchmark.run(Math.max(rows, 1_000_000));
        ImportBenchmark.run(rows, work);
    }
}
