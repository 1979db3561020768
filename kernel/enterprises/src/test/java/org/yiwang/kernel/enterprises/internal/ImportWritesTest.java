package org.yiwang.kernel.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yiwang.kernel.api.enterprise.Enterprise;

/** Imports spanning several chunks: one transaction per chunk in both modes, inserts mixed with updates. */
class ImportWritesTest {

    private static final int ROWS = ImportRunner.CHUNK * 2 + ImportRunner.CHUNK / 2;
    /** Passes validation; a CHECK constraint added by the test makes the database refuse it. */
    private static final String REFUSED = "数据库拒绝公司";

    @TempDir
    java.nio.file.Path folder;
    private ImportHarness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.close();
        }
    }

    private ImportHarness h() {
        if (h == null) {
            h = new ImportHarness(folder);
        }
        return h;
    }

    /** {@link #ROWS} valid rows; the row with index {@code refused} (if any) is named {@link #REFUSED}. */
    private static String csv(int refused) {
        StringBuilder sb = new StringBuilder(ImportTest.HEADER);
        for (int i = 0; i < ROWS; i++) {
            sb.append(Fixtures.uscc("350102", i + 1)).append(',').append(i == refused ? REFUSED : "公司" + i)
                    .append(",350102,C3311,10,100,100,2020-01-01,,,").append(i % 3 == 0 ? "出口" : "").append('\n');
        }
        return sb.toString();
    }

    private void refuseInDatabase() {
        h().db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE ENTERPRISES_ENTERPRISE ADD CONSTRAINT TEST_REFUSE CHECK (NAME <> '" + REFUSED + "')");
            }
            return null;
        });
    }

    private long stored() {
        return h().db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + Rows.TABLE)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void allOrNothingWritesEveryChunk() throws Exception {
        ImportStatus s = h().csv(csv(-1), ImportMode.ALL_OR_NOTHING);
        assertEquals("DONE", s.state(), s.message().en());
        assertEquals(ROWS, s.inserted());
        assertEquals(ROWS, stored());
        assertEquals(List.of("出口"), h().enterprises.get(Fixtures.uscc("350102", ROWS)).tags());
    }

    @Test
    void aDatabaseFailureKeepsTheCommittedChunksAndSaysHowMany() throws Exception {
        refuseInDatabase();
        for (ImportMode mode : ImportMode.values()) {
            ImportStatus s = h().csv(csv(ROWS - 10), mode);
            assertEquals("FAILED", s.state(), mode.id());
            assertEquals(ImportRunner.CHUNK * 2, s.inserted() + s.updated(), mode.id());
            assertTrue(s.message().en().contains(ImportRunner.CHUNK * 2 + " rows had already been written"),
                    s.message().en());
            assertTrue(s.message().zh().contains("此前已写入 " + ImportRunner.CHUNK * 2 + " 行"), s.message().zh());
            assertEquals(ImportRunner.CHUNK * 2, stored(), "whole chunks only: no half-written records");
        }
    }

    @Test
    void updatesMixedWithInsertsAcrossChunks() throws Exception {
        for (int i = 0; i < ROWS; i += 100) {
            h().enterprises.create(Fixtures.sample(Fixtures.uscc("350102", i + 1)));
        }
        int existing = (ROWS + 99) / 100;
        for (ImportMode mode : ImportMode.values()) {
            ImportStatus s = h().csv(csv(-1), mode);
            assertEquals("DONE", s.state(), s.message().en());
            long before = mode == ImportMode.ALL_OR_NOTHING ? existing : ROWS;
            assertEquals(ROWS - before, s.inserted(), mode.id());
            assertEquals(before, s.updated(), mode.id());
        }
        assertEquals(ROWS, stored());
        Enterprise twiceUpdated = h().enterprises.get(Fixtures.uscc("350102", 101));
        assertEquals("公司100", twiceUpdated.name());
        assertEquals(3, twiceUpdated.version());
        assertEquals(2, h().enterprises.get(Fixtures.uscc("350102", 2)).version());
        assertEquals(List.of("出口"), h().enterprises.get(Fixtures.uscc("350102", 1)).tags());
    }
}
