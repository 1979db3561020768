package org.yiwang.kernel.enterprises.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;

/** The child tables (tiers, contacts, tags): batched writes and loads for many enterprises at once. */
final class Children {

    /** The lists of one enterprise while loading. */
    record Lists(List<TierAward> tiers, List<Contact> contacts, List<String> tags) {
        Lists() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private static final String[] TABLES = {"ENTERPRISES_TIER", "ENTERPRISES_CONTACT", "ENTERPRISES_TAG"};
    static final int IN_LIMIT = 500;

    private Children() {
    }

    static void insert(Connection c, List<Enterprise> list) throws SQLException {
        try (PreparedStatement tier = c.prepareStatement(
                "INSERT INTO ENTERPRISES_TIER (USCC, TIER, AWARDED_ON, VALID_UNTIL) VALUES (?,?,?,?)");
             PreparedStatement contact = c.prepareStatement(
                "INSERT INTO ENTERPRISES_CONTACT (USCC, POS, NAME, ROLE, PHONE, EMAIL) VALUES (?,?,?,?,?,?)");
             PreparedStatement tag = c.prepareStatement("INSERT INTO ENTERPRISES_TAG (USCC, POS, TAG) VALUES (?,?,?)")) {
            int tiers = 0;
            int contacts = 0;
            int tags = 0;
            for (Enterprise e : list) {
                for (TierAward t : e.tiers()) {
                    tier.setString(1, e.uscc());
                    tier.setString(2, t.tier());
                    tier.setDate(3, Date.valueOf(t.awardedOn()));
                    tier.setDate(4, Date.valueOf(t.validUntil()));
                    tier.addBatch();
                    tiers++;
                }
                for (int i = 0; i < e.contacts().size(); i++) {
                    Contact k = e.contacts().get(i);
                    contact.setString(1, e.uscc());
                    contact.setInt(2, i);
                    contact.setString(3, k.name());
                    contact.setString(4, k.role());
                    contact.setString(5, k.phone());
                    contact.setString(6, k.email());
                    contact.addBatch();
                    contacts++;
                }
                for (int i = 0; i < e.tags().size(); i++) {
                    tag.setString(1, e.uscc());
                    tag.setInt(2, i);
                    tag.setString(3, e.tags().get(i));
                    tag.addBatch();
                    tags++;
                }
            }
            if (tiers > 0) {
                tier.executeBatch();
            }
            if (contacts > 0) {
                contact.executeBatch();
            }
            if (tags > 0) {
                tag.executeBatch();
            }
        }
    }

    /**
     * Deletes the lists of the given enterprises: finds which of them have rows in each child table
     * (one key-probing query per {@link #IN_LIMIT} keys), then deletes those with batched single-key
     * statements (Derby's DELETE accepts no optimizer hint and would scan for a long IN list).
     */
    static void delete(Connection c, List<String> usccs) throws SQLException {
        for (String table : TABLES) {
            List<String> having = new ArrayList<>();
            for (int from = 0; from < usccs.size(); from += IN_LIMIT) {
                List<String> part = usccs.subList(from, Math.min(usccs.size(), from + IN_LIMIT));
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT USCC FROM " + table + byKey(table + "_PK")
                        + " WHERE USCC IN (" + marks(part.size()) + ")")) {
                    bind(ps, part);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            having.add(rs.getString(1));
                        }
                    }
                }
            }
            if (having.isEmpty()) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE USCC = ?")) {
                for (String uscc : having) {
                    ps.setString(1, uscc);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** The lists of each of the given enterprises (at most {@link #IN_LIMIT}). */
    static Map<String, Lists> load(Connection c, Collection<String> usccs) throws SQLException {
        Map<String, Lists> out = new HashMap<>();
        if (usccs.isEmpty()) {
            return out;
        }
        List<String> keys = List.copyOf(usccs);
        String in = " WHERE USCC IN (" + marks(keys.size()) + ")";
        query(c, "SELECT USCC, TIER, AWARDED_ON, VALID_UNTIL FROM ENTERPRISES_TIER" + byKey("ENTERPRISES_TIER_PK") + in
                + " ORDER BY USCC, AWARDED_ON, TIER", keys, (rs, l) -> l.tiers().add(new TierAward(rs.getString(2),
                rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate())), out);
        query(c, "SELECT USCC, NAME, ROLE, PHONE, EMAIL FROM ENTERPRISES_CONTACT" + byKey("ENTERPRISES_CONTACT_PK") + in + " ORDER BY USCC, POS", keys,
                (rs, l) -> l.contacts().add(new Contact(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))), out);
        query(c, "SELECT USCC, TAG FROM ENTERPRISES_TAG" + byKey("ENTERPRISES_TAG_PK") + in + " ORDER BY USCC, POS", keys,
                (rs, l) -> l.tags().add(rs.getString(2)), out);
        return out;
    }

    private interface RowReader {
        void read(ResultSet rs, Lists into) throws SQLException;
    }

    private static void query(Connection c, String sql, List<String> keys, RowReader reader, Map<String, Lists> out)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs, out.computeIfAbsent(rs.getString(1), k -> new Lists()));
                }
            }
        }
    }

    /**
     * Tells Derby's optimizer to probe the named key for an {@code IN (…)} list; without it, a plan
     * compiled while the table was small scans the whole table for every chunk. PostgreSQL reads it
     * as a comment.
     */
    static String byKey(String constraint) {
        return " --DERBY-PROPERTIES constraint=" + constraint + "\n";
    }

    static String marks(int n) {
        StringBuilder sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ",?");
        }
        return sb.toString();
    }

    static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }
}
