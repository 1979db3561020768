package org.yiwang.module.demands.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQL of the routing rules ({@code DEMANDS_ROUTE}) and SLA deadlines ({@code DEMANDS_SLA*}). */
final class ConfigStore {

    static final String DEFAULT_CATEGORY = "*";

    List<Route> routes(Connection c) throws SQLException {
        List<Route> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, region_prefix, category, window_region, window_name, priority,"
                     + " created_at, created_by FROM demands_route ORDER BY region_prefix, id")) {
            while (rs.next()) {
                out.add(new Route(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4).strip(),
                        rs.getString(5), rs.getInt(6), Sql.instant(rs, "created_at"), rs.getString(8)));
            }
        }
        return out;
    }

    long addRoute(Connection c, NewRoute r, int priority, Instant now, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO demands_route (region_prefix, category,"
                + " window_region, window_name, priority, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Sql.bind(ps, java.util.Arrays.asList(r.regionPrefix(), r.category(), r.windowRegion(), r.windowName(),
                    priority, now, by));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    boolean deleteRoute(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM demands_route WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    SlaSettings sla(Connection c) throws SQLException {
        Map<String, Integer> hours = new LinkedHashMap<>();
        int defaultHours = 120;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT category, hours FROM demands_sla ORDER BY category")) {
            while (rs.next()) {
                if (DEFAULT_CATEGORY.equals(rs.getString(1))) {
                    defaultHours = rs.getInt(2);
                } else {
                    hours.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        int percent = 80;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT reminder_percent FROM demands_sla_setting WHERE id = 1")) {
            if (rs.next()) {
                percent = rs.getInt(1);
            }
        }
        return new SlaSettings(defaultHours, percent, hours);
    }

    void replaceSla(Connection c, SlaSettings s) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM demands_sla");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO demands_sla (category, hours) VALUES (?, ?)")) {
            ps.setString(1, DEFAULT_CATEGORY);
            ps.setInt(2, s.defaultHours());
            ps.executeUpdate();
            for (Map.Entry<String, Integer> e : s.categories().entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE demands_sla_setting SET reminder_percent = ? WHERE id = 1")) {
            ps.setInt(1, s.reminderPercent());
            ps.executeUpdate();
        }
    }
}
