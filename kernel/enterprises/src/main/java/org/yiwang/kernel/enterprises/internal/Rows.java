package org.yiwang.kernel.enterprises.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;

/** SQL of the main table and the mapping between its rows and {@link Enterprise}. */
final class Rows {

    static final String TABLE = "ENTERPRISES_ENTERPRISE";
    static final String COLUMNS = "USCC, NAME, REGION_CODE, INDUSTRY_CODE, SIZE_CLASS, EMPLOYEES, OPERATING_REVENUE,"
            + " TOTAL_ASSETS, ESTABLISHED_ON, RD_EXPENSE, IP_CLASS_ONE, IP_TOTAL, CREATED_AT, UPDATED_AT, VERSION";
    static final String INSERT = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    /** Parameters: the 11 profile columns from NAME, UPDATED_AT, USCC. */
    static final String UPDATE = "UPDATE " + TABLE + " SET NAME = ?, REGION_CODE = ?, INDUSTRY_CODE = ?, SIZE_CLASS = ?,"
            + " EMPLOYEES = ?, OPERATING_REVENUE = ?, TOTAL_ASSETS = ?, ESTABLISHED_ON = ?, RD_EXPENSE = ?,"
            + " IP_CLASS_ONE = ?, IP_TOTAL = ?, UPDATED_AT = ?, VERSION = VERSION + 1 WHERE USCC = ?";
    static final String UPDATE_IF_VERSION = UPDATE + " AND VERSION = ?";

    private Rows() {
    }

    /** Binds an INSERT of {@code e} created at {@code now}, version 1. */
    static void bindInsert(PreparedStatement ps, Enterprise e, Instant now) throws SQLException {
        ps.setString(1, e.uscc());
        bindProfile(ps, 2, e);
        Timestamp ts = Timestamp.from(now);
        ps.setTimestamp(13, ts);
        ps.setTimestamp(14, ts);
        ps.setLong(15, 1L);
    }

    /** Binds an UPDATE of {@code e}; returns the next free parameter index (for the version). */
    static int bindUpdate(PreparedStatement ps, Enterprise e, Instant now) throws SQLException {
        bindProfile(ps, 1, e);
        ps.setTimestamp(12, Timestamp.from(now));
        ps.setString(13, e.uscc());
        return 14;
    }

    private static void bindProfile(PreparedStatement ps, int i, Enterprise e) throws SQLException {
        ps.setString(i, e.name());
        ps.setString(i + 1, e.regionCode());
        ps.setString(i + 2, e.industryCode());
        set(ps, i + 3, e.sizeClass(), Types.VARCHAR);
        set(ps, i + 4, e.employees(), Types.INTEGER);
        set(ps, i + 5, e.operatingRevenue(), Types.DECIMAL);
        set(ps, i + 6, e.totalAssets(), Types.DECIMAL);
        set(ps, i + 7, e.establishedOn() == null ? null : Date.valueOf(e.establishedOn()), Types.DATE);
        set(ps, i + 8, e.rdExpense(), Types.DECIMAL);
        set(ps, i + 9, e.ipClassOne(), Types.INTEGER);
        set(ps, i + 10, e.ipTotal(), Types.INTEGER);
    }

    private static void set(PreparedStatement ps, int i, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(i, type);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(i, d); // setObject(…, DECIMAL) would round to scale 0
        } else {
            ps.setObject(i, value, type);
        }
    }

    /** Reads a row selected with {@link #COLUMNS}; lists come from the child tables. */
    static Enterprise read(ResultSet rs, List<TierAward> tiers, List<Contact> contacts, List<String> tags)
            throws SQLException {
        BigDecimal revenue = money(rs.getBigDecimal(7));
        BigDecimal rd = money(rs.getBigDecimal(10));
        return new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                integer(rs, 6), revenue, money(rs.getBigDecimal(8)), date(rs.getDate(9)), rd,
                EnterpriseValidator.ratio(rd, revenue), integer(rs, 11), integer(rs, 12), tiers, contacts, tags,
                rs.getTimestamp(13).toInstant(), rs.getTimestamp(14).toInstant(), rs.getLong(15));
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static BigDecimal money(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
