package org.yiwang.itests.suite;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Benchmark, not a test (runs only with -Pbenchmark): how long from {@code installFeature} — what
 * {@code feature:install} calls — to the module's endpoint answering 200, and from
 * {@code uninstallFeature} to 404. Writes medians to target/benchmark-hotdeploy.txt.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployBenchmark {

    private static final int ROUNDS = 15;

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(YiwangContainer.options(),
                CoreOptions.systemProperty("yiwang.benchmark.out").value(
                        Path.of("target/benchmark-hotdeploy.txt").toAbsolutePath().toString()));
    }

    @Test
    public void installToLiveAndUninstallToGone() throws Exception {
        Http http = new Http(Integer.getInteger(YiwangContainer.PORT_PROPERTY));
        http.await("/api/health", r -> r.status() == 200, Duration.ofSeconds(60));
        features.addRepository(URI.create("mvn:org.yiwang/org.yiwang.itests.echo/"
                + System.getProperty("yiwang.version") + "/xml/features"));
        List<Long> install = new ArrayList<>();
        List<Long> uninstall = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            long t0 = System.nanoTime();
            features.installFeature("yiwang-echo", EnumSet.noneOf(FeaturesService.Option.class));
            http.await("/api/echo/notes", r -> r.status() == 200, Duration.ofSeconds(30));
            long t1 = System.nanoTime();
            features.uninstallFeature("yiwang-echo");
            http.await("/api/echo/notes", r -> r.status() == 404, Duration.ofSeconds(30));
            long t2 = System.nanoTime();
            if (i >= 2) { // the first rounds warm up the JIT and the resolver
                install.add((t1 - t0) / 1_000_000);
                uninstall.add((t2 - t1) / 1_000_000);
            }
        }
        String report = "feature:install -> 200: median " + median(install) + " ms " + install + "\n"
                + "feature:uninstall -> 404: median " + median(uninstall) + " ms " + uninstall + "\n";
        write(report);
        assertEquals(ROUNDS, install.size());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void write(String report) throws IOException {
        Files.writeString(Path.of(System.getProperty("yiwang.benchmark.out")), report);
    }
}
