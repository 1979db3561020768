package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL of {@code INSTITUTIONS_EVALUATION} and the one-row {@code INSTITUTIONS_SETTING}. */
final class EvaluationStore {

    EvaluationSettings settings(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT w_capacity, w_management, w_quality, w_satisfaction,"
                + " threshold, appeal_days, updated_at, updated_by FROM institutions_setting WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new EvaluationSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                    rs.getBigDecimal(5).setScale(2, RoundingMode.UNNECESSARY), rs.getInt(6),
                    Sql.instant(rs, "updated_at"), rs.getString(8));
        }
    }

    void saveSettings(Connection c, EvaluationSettings s, Instant at, String by) throws SQLException {
        Sql.update(c, "UPDATE institutions_setting SET w_capacity = ?, w_management = ?, w_quality = ?,"
                + " w_satisfaction = ?, threshold = ?, appeal_days = ?, updated_at = ?, updated_by = ? WHERE id = 1",
                Arrays.asList(s.capacityWeight(), s.managementWeight(), s.qualityWeight(), s.satisfactionWeight(),
                        s.threshold(), s.appealDays(), at, by));
    }

    long insert(Connection c, Evaluation e) throws SQLException {
        return Sql.insert(c, "INSERT INTO institutions_evaluation (institution_id, period_from, period_to, capacity,"
                + " management, quality, satisfaction, ratings, w_capacity, w_management, w_quality, w_satisfaction,"
                + " threshold, total, passed, note, evaluated_at, evaluated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(e.institutionId(), e.periodFrom(), e.periodTo(), e.capacity(), e.management(),
                        e.quality(), e.satisfaction() == null ? Sql.Null.DECIMAL : e.satisfaction(), e.ratings(),
                        e.capacityWeight(), e.managementWeight(), e.qualityWeight(), e.satisfactionWeight(),
                        e.threshold(), e.total(), e.passed(), e.note(), e.evaluatedAt(), e.evaluatedBy()));
    }

    List<Evaluation> list(Connection c, long institutionId) throws SQLException {
        List<Evaluation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM institutions_evaluation WHERE institution_id = ?"
                + " ORDER BY id DESC")) {
            ps.setLong(1, institutionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Evaluation(rs.getLong("id"), rs.getLong("institution_id"),
                            Sql.date(rs, "period_from"), Sql.date(rs, "period_to"), dec(rs, "capacity"),
                            dec(rs, "management"), dec(rs, "quality"), dec(rs, "satisfaction"), rs.getLong("ratings"),
                            rs.getInt("w_capacity"), rs.getInt("w_management"), rs.getInt("w_quality"),
                            rs.getInt("w_satisfaction"), dec(rs, "threshold"), dec(rs, "total"),
                            rs.getBoolean("passed"), rs.getString("note"), Sql.instant(rs, "evaluated_at"),
                            rs.getString("evaluated_by")));
                }
            }
        }
        return out;
    }

    private static BigDecimal dec(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? null : d.setScale(2, RoundingMode.UNNECESSARY);
    }
}
