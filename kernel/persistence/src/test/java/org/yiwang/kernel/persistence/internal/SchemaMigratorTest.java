package org.yiwang.kernel.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.persistence.MigrationException;

class SchemaMigratorTest {

    private Transactions tx;
    private SchemaMigrator migrator;

    @BeforeEach
    void freshDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:m" + UUID.randomUUID().toString().replace("-", ""));
        ds.setCreateDatabase("create");
        tx = new Transactions(ds);
        migrator = new SchemaMigrator(tx, Clock.systemUTC());
    }

    private static MigrationScript v(int n, String sql) {
        return MigrationScript.of("V" + n + "__step_" + n + ".sql", sql);
    }

    @Test
    void appliesScriptsInVersionOrderAndRecordsThem() {
        int version = migrator.migrate("notes", List.of(
                v(2, "ALTER TABLE notes_note ADD COLUMN body VARCHAR(100)"),
                v(1, "CREATE TABLE notes_note (id INT PRIMARY KEY, title VARCHAR(20));")));
        assertEquals(2, version);
        tx.withConnection(c -> c.createStatement().executeUpdate("INSERT INTO notes_note VALUES (1, 't', 'b')"));
        assertEquals(2, count("SELECT COUNT(*) FROM YIWANG_SCHEMA_HISTORY WHERE MODULE_ID = 'notes'"));
    }

    @Test
    void secondRunIsANoOpAndNewScriptsAreAppliedLater() {
        List<MigrationScript> first = List.of(v(1, "CREATE TABLE notes_note (id INT)"));
        migrator.migrate("notes", first);
        assertEquals(1, migrator.migrate("notes", first));
        assertEquals(2, migrator.migrate("notes", List.of(first.get(0), v(2, "CREATE TABLE notes_tag (id INT)"))));
        assertEquals(2, count("SELECT COUNT(*) FROM YIWANG_SCHEMA_HISTORY"));
    }

    @Test
    void changedAppliedScriptIsRefused() {
        migrator.migrate("notes", List.of(v(1, "CREATE TABLE notes_note (id INT)")));
        MigrationException e = assertThrows(MigrationException.class,
                () -> migrator.migrate("notes", List.of(v(1, "CREATE TABLE notes_note (id BIGINT)"))));
        assertTrue(e.getMessage().contains("V1__step_1.sql"), e.getMessage());
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }

    @Test
    void failingScriptLeavesNothingOfItselfBehind() {
        migrator.migrate("notes", List.of(v(1, "CREATE TABLE notes_note (id INT)")));
        MigrationException e = assertThrows(MigrationException.class, () -> migrator.migrate("notes", List.of(
                v(1, "CREATE TABLE notes_note (id INT)"),
                v(2, "CREATE TABLE notes_tag (id INT); CREATE TABLE notes_broken (id NOSUCHTYPE)"))));
        assertTrue(e.getMessage().contains("V2__step_2.sql"), e.getMessage());
        assertFalse(tableExists("NOTES_TAG"), "first statement of the failed script must be rolled back");
        assertTrue(tableExists("NOTES_NOTE"));
        assertEquals(1, count("SELECT COUNT(*) FROM YIWANG_SCHEMA_HISTORY"));
    }

    @Test
    void tablesMustCarryTheModulePrefix() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> migrator.migrate("notes", List.of(v(1, "CREATE TABLE enterprise (id INT)"))));
        assertTrue(e.getMessage().contains("NOTES_"), e.getMessage());
        assertFalse(tableExists("ENTERPRISE"));
    }

    @Test
    void duplicateVersionsAndBadNamesAndBadIdsAreRefused() {
        assertThrows(MigrationException.class, () -> migrator.migrate("notes", List.of(
                v(1, "CREATE TABLE notes_a (id INT)"),
                MigrationScript.of("V1__again.sql", "CREATE TABLE notes_b (id INT)"))));
        assertThrows(MigrationException.class, () -> MigrationScript.of("init.sql", "SELECT 1"));
        assertThrows(MigrationException.class, () -> migrator.migrate("Bad-Id", List.of()));
    }

    @Test
    void modulesKeepSeparateVersions() {
        migrator.migrate("alpha", List.of(v(1, "CREATE TABLE alpha_x (id INT)"), v(2, "CREATE TABLE alpha_y (id INT)")));
        assertEquals(1, migrator.migrate("beta", List.of(v(1, "CREATE TABLE beta_x (id INT)"))));
        assertEquals(0, migrator.migrate("gamma", List.of()));
    }

    private int count(String sql) {
        return tx.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private boolean tableExists(String name) {
        return tx.withConnection((Connection c) -> {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
                return rs.next();
            } catch (SQLException e) {
                throw e;
            }
        });
    }
}
