package org.yiwang.kernel.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.problem.ProblemException;

class ImportTest {

    static final String HEADER = "uscc,name,regionCode,industryCode,employees,operatingRevenue,totalAssets,establishedOn,tiers,contacts,tags\n";

    @TempDir
    Path folder;
    private ImportHarness h;

    private ImportHarness h() {
        if (h == null) {
            h = new ImportHarness(folder);
        }
        return h;
    }

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private static String row(long n, String name, String extra) {
        return Fixtures.uscc("350102", n) + "," + name + ",350102,C3311," + extra + "\n";
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsBad() throws Exception {
        String csv = HEADER + row(1, "甲公司", "120,1850.5,2400,2010-03-08,BASE:2024-05-20,张三|总经理|0591-1234567|z@example.cn,出口;科技型")
                + row(2, "乙公司", "-5,abc,1,2030-01-01,,,")
                + row(3, "丙公司", "10,100,100,2020-01-01,,,");
        ImportStatus s = h().csv(csv, ImportMode.ALL_OR_NOTHING);
        assertEquals("DONE", s.state());
        assertEquals(3L, s.totalRows());
        assertEquals(0, s.inserted());
        assertEquals(1, s.rejected());
        assertTrue(s.message().en().contains("nothing was written"), s.message().en());
        assertTrue(h().enterprises.find(Fixtures.uscc("350102", 1)).isEmpty());
        List<String> report = h().report(s.id());
        assertEquals("\uFEFFrow,column,rule,message_zh,message_en,value", report.get(0));
        assertTrue(report.contains("3,employees,non-negative,employees 不能为负数,employees must not be negative,'-5"), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.startsWith("3,operatingRevenue,number,") && l.endsWith(",abc")));
        assertTrue(report.stream().anyMatch(l -> l.startsWith("3,establishedOn,not-future,")));
        assertEquals(4, report.size());
    }

    @Test
    void allOrNothingWritesEverythingWhenAllRowsAreValid() throws Exception {
        String csv = HEADER + row(1, "甲公司", "120,1850.5,2400,2010-03-08,BASE:2024-05-20,张三|总经理|0591-1234567|z@example.cn,出口;科技型")
                + row(3, "丙公司", "10,100,100,2020/1/2,,,");
        ImportStatus s = h().csv(csv, ImportMode.ALL_OR_NOTHING);
        assertEquals(2, s.inserted());
        assertEquals(0, s.rejected());
        Enterprise a = h().enterprises.get(Fixtures.uscc("350102", 1));
        assertEquals("SMALL", a.sizeClass());
        assertEquals(List.of("出口", "科技型"), a.tags());
        assertEquals("总经理", a.contacts().get(0).role());
        assertEquals("BASE", a.tiers().get(0).tier());
        assertEquals(java.time.LocalDate.of(2020, 1, 2), h().enterprises.get(Fixtures.uscc("350102", 3)).establishedOn());
    }

    @Test
    void skipBadRowsWritesTheGoodOnesAndUpsertsExisting() throws Exception {
        Enterprise existing = h().enterprises.create(Fixtures.sample(Fixtures.uscc("350102", 3)));
        String csv = HEADER + row(1, "甲公司", "120,1850.5,2400,2010-03-08,,,")
                + row(2, "", "1,1,1,2010-03-08,,,")
                + row(3, "丙公司新名", "10,100,100,2020-01-01,,,")
                + row(1, "甲公司重复", "1,1,1,2010-03-08,,,");
        ImportStatus s = h().csv(csv, ImportMode.SKIP_BAD_ROWS);
        assertEquals(1, s.inserted());
        assertEquals(1, s.updated());
        assertEquals(2, s.rejected());
        assertEquals(4, s.processedRows());
        Enterprise updated = h().enterprises.get(existing.uscc());
        assertEquals("丙公司新名", updated.name());
        assertEquals(2, updated.version());
        assertEquals(List.of(), updated.tags(), "an import row replaces the whole profile");
        assertEquals("甲公司", h().enterprises.get(Fixtures.uscc("350102", 1)).name());
        List<String> report = h().report(s.id());
        assertTrue(report.stream().anyMatch(l -> l.startsWith("3,name,required,")));
        assertTrue(report.stream().anyMatch(l -> l.startsWith("5,uscc,duplicate-in-file,") && l.contains("row 2")), report.toString());
    }

    @Test
    void rowsOutsideTheUploadersRegionAreRejected() throws Exception {
        String csv = HEADER + row(1, "鼓楼公司", "120,1850.5,2400,2010-03-08,,,")
                + Fixtures.uscc("350203", 2) + ",思明公司,350203,C3311,10,100,100,2020-01-01,,,\n";
        ImportStatus queued = h().imports.submit(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ImportFormat.CSV, java.nio.charset.StandardCharsets.UTF_8, ImportMode.SKIP_BAD_ROWS,
                code -> org.yiwang.kernel.api.security.RegionScope.covers("350100", code));
        ImportStatus s = h().finished(queued.id());
        assertEquals(1, s.inserted());
        assertEquals(1, s.rejected());
        assertTrue(h().report(s.id()).stream().anyMatch(l -> l.startsWith("3,regionCode,scope,")), h().report(s.id()).toString());
        assertTrue(h().enterprises.find(Fixtures.uscc("350203", 2)).isEmpty(), "nothing written outside the region");
    }

    @Test
    void chineseHeadersAndExtraValidation() throws Exception {
        String csv = "\uFEFF统一社会信用代码,企业名称,行政区划代码,行业代码,从业人员,营业收入,资产总额,成立日期\n"
                + Fixtures.uscc("420102", 4) + ",汉口公司,420102,3311,120,1850.5,2400,2010-03-08\n"
                + "91420102MA4KXXXXXX,坏代码,420102,C3311,1,1,1,\n";
        ImportStatus s = h().csv(csv, ImportMode.SKIP_BAD_ROWS);
        assertEquals(1, s.inserted());
        assertEquals("C3311", h().enterprises.get(Fixtures.uscc("420102", 4)).industryCode());
        assertTrue(h().report(s.id()).stream().anyMatch(l -> l.startsWith("3,统一社会信用代码,uscc-")), "report uses the file's header");
    }

    @Test
    void unknownOrMissingColumnsAreRefusedBeforeAnyRow() {
        ProblemException e = assertThrows(ProblemException.class, () -> h().imports.submit(
                new ByteArrayInputStream("uscc,name,regionCode,注册资本\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV, StandardCharsets.UTF_8, ImportMode.ALL_OR_NOTHING));
        assertEquals(400, e.type().status());
        assertEquals(List.of("注册资本/unknown-column", "industryCode/required-column"),
                e.errors().stream().map(f -> f.field() + "/" + f.rule()).toList());
        assertThrows(ProblemException.class, () -> h().imports.submit(new ByteArrayInputStream(new byte[0]),
                ImportFormat.CSV, StandardCharsets.UTF_8, ImportMode.ALL_OR_NOTHING));
        ProblemException notXlsx = assertThrows(ProblemException.class, () -> h().imports.submit(
                new ByteArrayInputStream("uscc,name".getBytes(StandardCharsets.UTF_8)), ImportFormat.XLSX,
                StandardCharsets.UTF_8, ImportMode.ALL_OR_NOTHING));
        assertEquals("unreadable", notXlsx.errors().get(0).rule());
    }

    @Test
    void xlsxWithSharedInlineNumericAndDateCells() throws Exception {
        Path xlsx = folder.resolve("enterprises.xlsx");
        XlsxWriter.write(xlsx, List.of(
                List.of("统一社会信用代码", "企业名称", "行政区划代码", "行业代码", "从业人员", "营业收入", "资产总额", "成立日期", "tags"),
                List.of(Fixtures.uscc("350102", 11), "表格公司", "350102", "C3311", 120, 1850.5, 2400, 40245, "出口"),
                List.of(Fixtures.uscc("350102", 12), "坏数据公司", "350102", "C3311", -1, 1, 1, "2010-03-08", "")));
        ImportStatus s = h().file(xlsx, ImportFormat.XLSX, ImportMode.SKIP_BAD_ROWS);
        assertEquals("DONE", s.state());
        assertEquals(1, s.inserted());
        assertEquals(1, s.rejected());
        Enterprise e = h().enterprises.get(Fixtures.uscc("350102", 11));
        assertEquals(java.time.LocalDate.of(2010, 3, 8), e.establishedOn(), "Excel serial 40245");
        assertEquals(new java.math.BigDecimal("1850.5"), e.operatingRevenue());
        assertEquals(List.of("出口"), e.tags());
        assertTrue(h().report(s.id()).stream().anyMatch(l -> l.startsWith("3,从业人员,non-negative,")));
    }

    @Test
    void unknownJobHasNoStatus() {
        assertTrue(h().imports.status("nope").isEmpty());
        assertNull(h().imports.status("nope").map(ImportStatus::id).orElse(null));
    }
}
