package org.yiwang.module.policy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL of {@code POLICY_INTERPRETATION}. */
final class InterpretationStore {

    long insert(Connection c, long policyId, String title, String text, List<Qa> qa, String author, LocalDate date,
                Instant now, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_interpretation (policy_id, title, text, qa,"
                + " author, published_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Sql.bind(ps, Arrays.asList(policyId, title, text, Json.write(qa), author, date, now, by));
            return Sql.insert(ps);
        }
    }

    boolean delete(Connection c, long policyId, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM policy_interpretation WHERE policy_id = ? AND id = ?")) {
            ps.setLong(1, policyId);
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    List<Interpretation> list(Connection c, long policyId) throws SQLException {
        List<Interpretation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, text, qa, author, published_on, created_at,"
                + " created_by FROM policy_interpretation WHERE policy_id = ? ORDER BY published_on, id")) {
            ps.setLong(1, policyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Interpretation(rs.getLong("id"), policyId, rs.getString("title"),
                            PolicyStore.clob(rs, "text"), Json.qa(PolicyStore.clob(rs, "qa")), rs.getString("author"),
                            Sql.date(rs, "published_on"), Sql.instant(rs, "created_at"), rs.getString("created_by")));
                }
            }
        }
        return out;
    }
}
