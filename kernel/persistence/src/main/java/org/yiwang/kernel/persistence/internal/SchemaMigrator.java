package org.yiwang.kernel.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.persistence.MigrationException;

/**
 * Applies a module's versioned scripts in order, one transaction per script, recording each in
 * {@code YIWANG_SCHEMA_HISTORY} with its checksum. A changed applied script, a duplicate version or
 * a table without the module prefix stops the migration with a message naming the script.
 */
public final class SchemaMigrator {

    static final String HISTORY = "YIWANG_SCHEMA_HISTORY";
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9]{1,31}");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?is)^\\s*CREATE\\s+TABLE\\s+\"?([A-Za-z0-9_]+)\"?");
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final Transactions tx;
    private final Clock clock;

    public SchemaMigrator(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public synchronized int migrate(String moduleId, List<MigrationScript> scripts) {
        if (moduleId == null || !MODULE_ID.matcher(moduleId).matches()) {
            throw new MigrationException("Module id '" + moduleId + "' must be 2-32 lower-case letters or digits");
        }
        List<MigrationScript> ordered = scripts.stream().sorted(Comparator.comparingInt(MigrationScript::version)).toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new MigrationException("Module " + moduleId + " has two scripts with version "
                        + ordered.get(i).version() + ": " + ordered.get(i - 1).fileName() + ", " + ordered.get(i).fileName());
            }
        }
        ensureHistoryTable();
        Map<Integer, String> applied = appliedChecksums(moduleId);
        int version = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (MigrationScript script : ordered) {
            String checksum = applied.get(script.version());
            if (checksum != null) {
                if (!checksum.equals(script.checksum())) {
                    throw new MigrationException("Module " + moduleId + ": applied script " + script.fileName()
                            + " was changed after it ran (checksum differs). Add a new script instead.");
                }
                continue;
            }
            apply(moduleId, script);
            version = Math.max(version, script.version());
        }
        return version;
    }

    private void apply(String moduleId, MigrationScript script) {
        List<String> statements = SqlScripts.statements(script.sql());
        String prefix = moduleId.toUpperCase(Locale.ROOT) + "_";
        for (String sql : statements) {
            Matcher m = CREATE_TABLE.matcher(sql);
            if (m.find() && !m.group(1).toUpperCase(Locale.ROOT).startsWith(prefix)) {
                throw new MigrationException("Module " + moduleId + ", script " + script.fileName() + ": table "
                        + m.group(1) + " must be named " + prefix + "…");
            }
        }
        long start = System.nanoTime();
        try {
            tx.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : statements) {
                        st.execute(sql);
                    }
                }
                record(c, moduleId, script, (System.nanoTime() - start) / 1_000_000);
                return null;
            });
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new MigrationException("Module " + moduleId + ", script " + script.fileName() + " failed: "
                    + cause.getMessage() + " (nothing of it was applied)", e);
        }
        LOG.info("Module {}: applied schema version {} ({})", moduleId, script.version(), script.description());
    }

    private void record(Connection c, String moduleId, MigrationScript script, long millis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY
                + " (MODULE_ID, VERSION, DESCRIPTION, SCRIPT, CHECKSUM, APPLIED_AT, EXECUTION_MS) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, moduleId);
            ps.setInt(2, script.version());
            ps.setString(3, script.description());
            ps.setString(4, script.fileName());
            ps.setString(5, script.checksum());
            ps.setTimestamp(6, Timestamp.from(clock.instant()));
            ps.setLong(7, millis);
            ps.executeUpdate();
        }
    }

    private Map<Integer, String> appliedChecksums(String moduleId) {
        return tx.withConnection(c -> {
            Map<Integer, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT VERSION, CHECKSUM FROM " + HISTORY + " WHERE MODULE_ID = ?")) {
                ps.setString(1, moduleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getInt(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    private void ensureHistoryTable() {
        tx.withConnection(c -> {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, HISTORY, null);
                 ResultSet lower = meta.getTables(null, null, HISTORY.toLowerCase(Locale.ROOT), null)) {
                if (rs.next() || lower.next()) {
                    return null;
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE " + HISTORY + " (MODULE_ID VARCHAR(32) NOT NULL, VERSION INTEGER NOT NULL,"
                        + " DESCRIPTION VARCHAR(200) NOT NULL, SCRIPT VARCHAR(200) NOT NULL, CHECKSUM CHAR(64) NOT NULL,"
                        + " APPLIED_AT TIMESTAMP NOT NULL, EXECUTION_MS BIGINT NOT NULL, PRIMARY KEY (MODULE_ID, VERSION))");
            }
            return null;
        });
    }
}
