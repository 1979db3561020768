package org.yiwang.kernel.identity.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.persistence.EmbeddedDerby;
import org.yiwang.kernel.standards.uscc.Uscc;

/** A fresh in-memory platform database with the identity service on it; fast hashing for tests. */
public final class TestIdentity implements AutoCloseable {

    static final int TEST_ITERATIONS = 1_000;
    static final String STRONG = "Correct-Horse-42";
    private static final AtomicInteger SEQ = new AtomicInteger();

    final EmbeddedDerby db;
    final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    final IdentityAuditLog audit;
    public final IdentityService identity;

    public TestIdentity() {
        this(IdentitySettings.defaults().withIterations(TEST_ITERATIONS), Map.of());
    }

    TestIdentity(IdentitySettings settings, Map<String, String> env) {
        db = EmbeddedDerby.inMemory("identity-test-" + SEQ.incrementAndGet() + "-" + System.nanoTime());
        audit = new IdentityAuditLog(db);
        identity = new IdentityService(db, audit, settings, clock, env);
    }

    /** Creates an account as the console administrator would. */
    Account create(String username, String kind, String region, String uscc, String... roles) {
        return identity.accounts().create(admin(), new NewAccount(username, STRONG, kind, username, region, null, uscc,
                "INSTITUTION".equals(kind) ? "inst-1" : null, java.util.List.of(roles)), "127.0.0.1");
    }

    Caller callerOf(Account a) {
        return identity.authenticate(identity.logins().login(a.username(), STRONG, null).token()).orElseThrow();
    }

    static Caller admin() {
        return new Caller(null, "test-admin", AccountKind.ADMIN, null, null, Set.of());
    }

    /** A valid USCC registered in {@code region}, from an 8-character organisation body. */
    static String uscc(String region, String body8) {
        String first16 = "91" + region + body8;
        String first17 = first16 + Uscc.orgCheckCharacter(body8);
        return first17 + Uscc.checkCharacter(first17);
    }

    long count(String sql) {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    String string(String sql, String arg) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    void exec(String sql) {
        db.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
