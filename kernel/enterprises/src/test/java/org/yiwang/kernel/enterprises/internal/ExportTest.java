package org.yiwang.kernel.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseQuery;
import org.yiwang.kernel.enterprises.bench.EnterpriseGenerator;
import org.yiwang.kernel.standards.conformance.ConformanceReport;
import org.yiwang.kernel.standards.conformance.ExchangeConformance;

class ExportTest {

    @TempDir
    Path folder;

    /** A few hand-made profiles (lists, finance without size, commas and quotes) plus generated ones. */
    private static void fill(EnterpriseService service) {
        service.create(Fixtures.sample(Fixtures.uscc("350102", 1)));
        service.create(Fixtures.named(Fixtures.with(Fixtures.sample(Fixtures.uscc("429004", 2)), "429004", "J6620", null, null),
                "仙桃\"银行\", 股份", List.of(), List.of()));
        EnterpriseGenerator generator = new EnterpriseGenerator(42);
        for (int i = 3; i < 60; i++) {
            service.create(generator.next(i));
        }
    }

    private static List<Enterprise> all(EnterpriseService service) {
        return service.search(EnterpriseQuery.ALL, PageRequest.of(1, 200)).items();
    }

    /** What an import cannot carry over: storage times and version. */
    private static Enterprise content(Enterprise e) {
        return new Enterprise(e.uscc(), e.name(), e.regionCode(), e.industryCode(), e.sizeClass(), e.employees(),
                e.operatingRevenue(), e.totalAssets(), e.establishedOn(), e.rdExpense(), e.rdRatio(), e.ipClassOne(),
                e.ipTotal(), e.tiers(), e.contacts(), e.tags(), null, null, 0L);
    }

    @Test
    void csvExportThenImportYieldsTheSameData() throws Exception {
        Path csv = folder.resolve("export.csv");
        List<Enterprise> before;
        try (ImportHarness source = new ImportHarness(folder.resolve("a"))) {
            fill(source.enterprises);
            before = all(source.enterprises);
            try (var out = Files.newOutputStream(csv)) {
                Exports.csv(source.enterprises, SearchFilter.ALL, out);
            }
        }
        assertEquals(59, before.size());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFuscc,name,regionCode,industryCode,sizeClass,"), "BOM and the import header");
        try (ImportHarness target = new ImportHarness(folder.resolve("b"))) {
            ImportStatus s = target.file(csv, ImportFormat.CSV, ImportMode.ALL_OR_NOTHING);
            assertEquals(0, s.rejected(), target.report(s.id()).toString());
            assertEquals(59, s.inserted());
            assertEquals(before.stream().map(ExportTest::content).toList(),
                    all(target.enterprises).stream().map(ExportTest::content).toList());
        }
    }

    @Test
    void filteredExportAndEveryJsonDocumentConforms() throws Exception {
        try (ImportHarness h = new ImportHarness(folder)) {
            fill(h.enterprises);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exports.json(h.enterprises, SearchFilter.ALL, out);
            List<Map<String, Object>> docs = new ObjectMapper().readValue(out.toByteArray(),
                    new com.fasterxml.jackson.core.type.TypeReference<>() { });
            assertEquals(59, docs.size());
            for (Map<String, Object> doc : docs) {
                ConformanceReport report = ExchangeConformance.checkEnterprise(doc);
                assertTrue(report.conforms(), doc.get("uscc") + ": " + report.violations());
                assertFalse(doc.containsKey("contacts") || doc.containsKey("x-contacts"), "personal data is not exchanged");
            }
            Map<String, Object> first = docs.get(0);
            assertEquals("yiwang.exchange/1", first.get("format"));
            ByteArrayOutputStream hubei = new ByteArrayOutputStream();
            Exports.csv(h.enterprises, h.enterprises.filter(new EnterpriseQuery(null, "420000", null, null, null, null)), hubei);
            String csv = hubei.toString(StandardCharsets.UTF_8);
            assertTrue(csv.contains(Fixtures.uscc("429004", 2)));
            assertFalse(csv.contains(Fixtures.uscc("350102", 1)));
            assertTrue(csv.contains("\"仙桃\"\"银行\"\", 股份\""), "quotes and commas are escaped");
        }
    }

    @Test
    void conformanceCheckCanFail() {
        ConformanceReport bad = ExchangeConformance.checkEnterpriseJson("{\"format\":\"yiwang.exchange/1\",\"uscc\":\"x\"}");
        assertFalse(bad.conforms());
    }
}
