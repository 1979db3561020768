package org.yiwang.kernel.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiwang.kernel.api.ledger.FollowUp;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.Rating;
import org.yiwang.kernel.api.ledger.ServiceRecord;

/** SQL of the record and follow-up tables. Callers own the connection and the transaction. */
final class RecordStore {

    static final String COLUMNS = "ID, USCC, REGION_CODE, MODULE, CATEGORY, CHANNEL, PROVIDER_KIND, PROVIDER_ID, "
            + "PROVIDER_NAME, TITLE, SOURCE_REF, REQUESTED_AT, RESPONDED_AT, COMPLETED_AT, STATUS, OUTCOME, FOLLOW_UPS, "
            + "RATING_SCORE, RATING_COMMENT, RATED_AT, RATED_BY, RATED_BY_STAFF, CREATED_AT";

    private RecordStore() {
    }

    static void insert(Connection c, ServiceRecord r, String createdBy) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO LEDGER_RECORD (" + COLUMNS
                + ", PROVINCE, PREFECTURE, REQUESTED_MONTH, CREATED_BY, RESPONSE_SECONDS, RESOLUTION_SECONDS) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            p.setString(++i, r.id());
            p.setString(++i, r.uscc());
            p.setString(++i, r.regionCode());
            p.setString(++i, r.module());
            p.setString(++i, r.category());
            p.setString(++i, r.channel());
            p.setString(++i, r.provider().kind().name());
            p.setString(++i, r.provider().id());
            p.setString(++i, r.provider().name());
            p.setString(++i, r.title());
            p.setString(++i, r.sourceRef());
            p.setTimestamp(++i, ts(r.requestedAt()));
            p.setTimestamp(++i, ts(r.respondedAt()));
            p.setTimestamp(++i, ts(r.completedAt()));
            p.setString(++i, r.status().name());
            p.setString(++i, r.outcome());
            p.setInt(++i, 0);
            p.setNull(++i, Types.SMALLINT);
            p.setNull(++i, Types.VARCHAR);
            p.setNull(++i, Types.TIMESTAMP);
            p.setNull(++i, Types.VARCHAR);
            p.setNull(++i, Types.SMALLINT);
            p.setTimestamp(++i, ts(r.createdAt()));
            p.setString(++i, r.regionCode().substring(0, 2));
            p.setString(++i, r.regionCode().substring(0, 4));
            p.setInt(++i, Months.of(r.requestedAt()));
            p.setString(++i, createdBy);
            Contribution k = Contribution.of(r);
            setSeconds(p, ++i, r.respondedAt() == null ? null : k.responseSeconds());
            setSeconds(p, ++i, r.completedAt() == null ? null : k.resolutionSeconds());
            p.executeUpdate();
        }
    }

    static Optional<ServiceRecord> find(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM LEDGER_RECORD WHERE ID = ?", id);
    }

    static Optional<ServiceRecord> findBySource(Connection c, String module, String sourceRef) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM LEDGER_RECORD WHERE MODULE = ? AND SOURCE_REF = ?")) {
            p.setString(1, module);
            p.setString(2, sourceRef);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Stores the completion of an open record ({@code done} is it completed); false when it is not open (any more). */
    static boolean complete(Connection c, ServiceRecord done) throws SQLException {
        Contribution k = Contribution.of(done);
        try (PreparedStatement p = c.prepareStatement("UPDATE LEDGER_RECORD SET STATUS = 'COMPLETED', COMPLETED_AT = ?, "
                + "RESPONDED_AT = ?, OUTCOME = ?, RESPONSE_SECONDS = ?, RESOLUTION_SECONDS = ? "
                + "WHERE ID = ? AND STATUS = 'OPEN'")) {
            p.setTimestamp(1, ts(done.completedAt()));
            p.setTimestamp(2, ts(done.respondedAt()));
            p.setString(3, done.outcome());
            p.setLong(4, k.responseSeconds());
            p.setLong(5, k.resolutionSeconds());
            p.setString(6, done.id());
            return p.executeUpdate() == 1;
        }
    }

    private static void setSeconds(PreparedStatement p, int i, Long seconds) throws SQLException {
        if (seconds == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, seconds);
        }
    }

    /** Stores the rating of a completed, unrated record; false when it is not (any more). */
    static boolean rate(Connection c, String id, Rating r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE LEDGER_RECORD SET RATING_SCORE = ?, RATING_COMMENT = ?, "
                + "RATED_AT = ?, RATED_BY = ?, RATED_BY_STAFF = ? WHERE ID = ? AND STATUS = 'COMPLETED' "
                + "AND RATING_SCORE IS NULL")) {
            p.setInt(1, r.score());
            p.setString(2, r.comment());
            p.setTimestamp(3, ts(r.at()));
            p.setString(4, r.by());
            p.setInt(5, r.byStaff() ? 1 : 0);
            p.setString(6, id);
            return p.executeUpdate() == 1;
        }
    }

    static void addFollowUp(Connection c, FollowUp f) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO LEDGER_FOLLOW_UP (ID, RECORD_ID, FOLLOWED_AT, BY_USER, "
                + "CHANNEL, NOTES) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, f.id());
            p.setString(2, f.recordId());
            p.setTimestamp(3, ts(f.at()));
            p.setString(4, f.by());
            p.setString(5, f.channel());
            p.setString(6, f.notes());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE LEDGER_RECORD SET FOLLOW_UPS = FOLLOW_UPS + 1 WHERE ID = ?")) {
            p.setString(1, f.recordId());
            p.executeUpdate();
        }
    }

    static List<FollowUp> followUps(Connection c, String recordId) throws SQLException {
        List<FollowUp> items = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT ID, RECORD_ID, FOLLOWED_AT, BY_USER, CHANNEL, NOTES "
                + "FROM LEDGER_FOLLOW_UP WHERE RECORD_ID = ? ORDER BY FOLLOWED_AT, ID")) {
            p.setString(1, recordId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    items.add(new FollowUp(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return items;
    }

    /** Region, module and request time of every record of an enterprise (to keep the reach rows in step). */
    static List<Visit> visits(Connection c, String uscc) throws SQLException {
        List<Visit> items = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT ID, REGION_CODE, MODULE, REQUESTED_AT FROM LEDGER_RECORD WHERE USCC = ?")) {
            p.setString(1, uscc);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    items.add(new Visit(rs.getString(1), uscc, rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4))));
                }
            }
        }
        return items;
    }

    static Optional<ServiceRecord> one(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** A record from a row selected with {@link #COLUMNS}. */
    static ServiceRecord read(ResultSet rs) throws SQLException {
        int score = rs.getInt("RATING_SCORE");
        Rating rating = rs.wasNull() ? null : new Rating(score, rs.getString("RATING_COMMENT"),
                instant(rs.getTimestamp("RATED_AT")), rs.getString("RATED_BY"), rs.getInt("RATED_BY_STAFF") == 1);
        return new ServiceRecord(rs.getString("ID"), rs.getString("USCC"), rs.getString("REGION_CODE"),
                rs.getString("MODULE"), rs.getString("CATEGORY"), rs.getString("CHANNEL"),
                new Provider(Provider.Kind.valueOf(rs.getString("PROVIDER_KIND")), rs.getString("PROVIDER_ID"),
                        rs.getString("PROVIDER_NAME")), rs.getString("TITLE"), rs.getString("SOURCE_REF"),
                instant(rs.getTimestamp("REQUESTED_AT")), instant(rs.getTimestamp("RESPONDED_AT")),
                instant(rs.getTimestamp("COMPLETED_AT")), ServiceRecord.Status.valueOf(rs.getString("STATUS")),
                rs.getString("OUTCOME"), rs.getInt("FOLLOW_UPS"), rating, instant(rs.getTimestamp("CREATED_AT")));
    }

    static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** One record as the reach rows see it: an enterprise's visit to a region through a module. */
    record Visit(String id, String uscc, String regionCode, String module, Instant requestedAt) {

        /** Total order of an enterprise's visits: by request time, then id. */
        int compareTo(Visit o) {
            int c = requestedAt.compareTo(o.requestedAt);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }
}
