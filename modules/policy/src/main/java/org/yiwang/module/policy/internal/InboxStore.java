package org.yiwang.module.policy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.module.policy.api.PolicyNotice;

/** SQL of {@code POLICY_INBOX} and {@code POLICY_SUBSCRIPTION}. */
final class InboxStore {

    /** Inserts one message per USCC in JDBC batches; the caller commits. */
    void insert(Connection c, PolicyNotice n, List<String> usccs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_inbox (uscc, policy_id, title, summary, reason,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            Timestamp at = Timestamp.from(n.at());
            String summary = n.summary() == null || n.summary().length() <= 1000 ? n.summary() : n.summary().substring(0, 1000);
            int k = 0;
            for (String u : usccs) {
                ps.setString(1, u);
                ps.setLong(2, n.policyId());
                ps.setString(3, n.title());
                ps.setString(4, summary);
                ps.setString(5, n.reason());
                ps.setTimestamp(6, at);
                ps.addBatch();
                if (++k % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    InboxPage page(Connection c, String uscc, PageRequest page) throws SQLException {
        long total = count(c, "SELECT COUNT(*) FROM policy_inbox WHERE uscc = ?", uscc);
        long unread = count(c, "SELECT COUNT(*) FROM policy_inbox WHERE uscc = ? AND read_at IS NULL", uscc);
        List<InboxItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, policy_id, title, summary, reason, created_at, read_at"
                + " FROM policy_inbox WHERE uscc = ? ORDER BY id DESC OFFSET " + page.offset() + " ROWS FETCH NEXT "
                + page.size() + " ROWS ONLY")) {
            ps.setString(1, uscc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new InboxItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Sql.instant(rs, "created_at"), Sql.instant(rs, "read_at")));
                }
            }
        }
        return new InboxPage(items, total, page.page(), page.size(), unread);
    }

    /** Marks a message of this enterprise read; false when it has no such message. */
    boolean markRead(Connection c, String uscc, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE policy_inbox SET read_at = COALESCE(read_at, ?)"
                + " WHERE id = ? AND uscc = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, id);
            ps.setString(3, uscc);
            return ps.executeUpdate() == 1;
        }
    }

    private static long count(Connection c, String sql, String uscc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, uscc);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    Optional<Subscription> subscription(Connection c, String uscc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT categories, tags, updated_at FROM policy_subscription"
                + " WHERE uscc = ?")) {
            ps.setString(1, uscc);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Subscription(PolicyStore.strings(rs.getString(1)),
                        PolicyStore.strings(rs.getString(2)), Sql.instant(rs, "updated_at"))) : Optional.empty();
            }
        }
    }

    void saveSubscription(Connection c, String uscc, Subscription s) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM policy_subscription WHERE uscc = ?")) {
            del.setString(1, uscc);
            del.executeUpdate();
        }
        if (s.categories().isEmpty() && s.tags().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_subscription (uscc, categories, tags,"
                + " updated_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, uscc);
            ps.setString(2, Json.write(s.categories()));
            ps.setString(3, Json.write(s.tags()));
            ps.setTimestamp(4, Timestamp.from(s.updatedAt()));
            ps.executeUpdate();
        }
    }

    /** Every subscription (the subscribers of a new policy are found among these). */
    void subscriptions(Connection c, SubscriptionSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT uscc, categories, tags FROM policy_subscription");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(rs.getString(1), PolicyStore.strings(rs.getString(2)), PolicyStore.strings(rs.getString(3)));
            }
        }
    }

    interface SubscriptionSink {
        void accept(String uscc, List<String> categories, List<String> tags);
    }
}
