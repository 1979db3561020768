package org.yiwang.module.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.standards.conformance.ConformanceReport;
import org.yiwang.kernel.standards.conformance.PolicyConformance;
import org.yiwang.kernel.standards.conformance.Violation;

/** The conformance kit's policy example imports here, and the kit refuses what the importer refuses. */
class ConformanceTest {

    private static final String EXAMPLE = "org/yiwang/kernel/standards/exchange/v1/policy.example.json";
    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private static String example() throws IOException {
        try (InputStream in = PolicyConformance.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theKitsExampleConformsAndImports() throws IOException {
        ConformanceReport report = PolicyConformance.checkPolicyJson(example());
        assertTrue(report.conforms(), report.toString());
        Object doc = new com.fasterxml.jackson.databind.ObjectMapper().readValue(example(), Object.class);
        ImportResult r = h.importer.json(h.chengdu, doc);
        Policy p = h.policies.load(r.ids().get(0));
        assertEquals(List.of("C"), p.criteria().industries());
        assertEquals(Status.DRAFT, p.status());
    }

    @Test
    void theKitNamesWhatIsWrong() throws IOException {
        String bad = example().replace("\"MUNICIPAL\"", "\"COUNTY\"").replace("\"minRdRatio\": 3", "\"minRdRatio\": 300")
                .replace("\"technology-support\"", "\"astrology\"");
        List<String> rules = PolicyConformance.checkPolicyJson(bad).violations().stream()
                .map(x -> x.path() + ":" + x.rule()).toList();
        assertEquals(List.of("/regionCode:level-consistent", "/categories/0:category-known", "/criteria/minRdRatio:range"),
                rules);
        assertTrue(PolicyConformance.checkPolicyJson("[").violations().stream().map(Violation::rule).toList().contains("json"));
    }
}
