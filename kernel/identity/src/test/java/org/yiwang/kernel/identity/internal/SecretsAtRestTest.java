package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Reads every column of every IDENTITY_ table and finds no plain password and no plain token. */
class SecretsAtRestTest {

    @Test
    void noPasswordOrTokenIsStoredInClear() {
        try (TestIdentity t = new TestIdentity(IdentitySettings.defaults().withIterations(TestIdentity.TEST_ITERATIONS),
                Scenario.env())) {
            List<String> tokens = Scenario.run(t);
            List<String> cells = new ArrayList<>();
            TreeSet<String> tables = new TreeSet<>();
            t.db.withConnection(c -> {
                try (ResultSet rs = c.getMetaData().getTables(null, null, "IDENTITY_%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
                for (String table : tables) {
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                Object v = rs.getObject(i);
                                if (v != null) {
                                    cells.add(table + "." + md.getColumnName(i) + "=" + v);
                                }
                            }
                        }
                    }
                }
                return null;
            });
            assertEquals(List.of("IDENTITY_ACCOUNT", "IDENTITY_ACCOUNT_ROLE", "IDENTITY_AUDIT", "IDENTITY_DEFAULT_GRANT", "IDENTITY_REGISTRATION",
                    "IDENTITY_ROLE", "IDENTITY_ROLE_PERMISSION", "IDENTITY_TOKEN"), List.copyOf(tables));
            assertTrue(cells.size() > 100, "the scenario wrote rows: " + cells.size());
            for (String token : tokens) {
                assertTrue(cells.contains("IDENTITY_TOKEN.TOKEN_HASH=" + TokenStore.sha256(token)),
                        "the token's hash is what is stored");
            }
            for (String cell : cells) {
                String lower = cell.toLowerCase(Locale.ROOT);
                for (String secret : Scenario.passwords()) {
                    assertFalse(lower.contains(secret.toLowerCase(Locale.ROOT)), "a password in " + cell);
                }
                for (String token : tokens) {
                    assertFalse(cell.contains(token), "a token in " + cell);
                }
            }
        }
    }
}
