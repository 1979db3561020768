package org.yiwang.kernel.ledger.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.persistence.EmbeddedDerby;
import org.yiwang.kernel.standards.uscc.Uscc;

/** A ledger on a fresh in-memory Derby, a settable clock, a recording audit log, callers and sample records. */
final class Harness implements AutoCloseable {

    static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final EmbeddedDerby db = EmbeddedDerby.inMemory("ledger-test-" + DATABASES.incrementAndGet());
    final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(NOW);
    final LedgerService ledger = new LedgerService(db, audit::add, clock);

    static final Caller ADMIN = new Caller("1", "admin", AccountKind.ADMIN, null, null, Set.of());

    static Caller staff(String region) {
        return new Caller("s-" + region, "staff" + region, AccountKind.STAFF, region, null,
                Set.of(LedgerModule.READ, LedgerModule.WRITE));
    }

    static Caller reader(String region) {
        return new Caller("r-" + region, "reader" + region, AccountKind.STAFF, region, null, Set.of(LedgerModule.READ));
    }

    static Caller enterprise(String uscc) {
        return new Caller("e-" + uscc, "ent" + uscc, AccountKind.ENTERPRISE, null, uscc, Set.of());
    }

    static Caller institution() {
        return new Caller("i-1", "inst", AccountKind.INSTITUTION, "350100", null, Set.of(LedgerModule.READ));
    }

    /** A valid USCC (authority 9, category 1) registered in {@code region}, unique per {@code n}. */
    static String uscc(String region, long n) {
        String body = String.format("%08d", Math.floorMod(n * 7919L, 100_000_000L));
        String first17 = "91" + region + body + Uscc.orgCheckCharacter(body);
        return first17 + Uscc.checkCharacter(first17);
    }

    static NewServiceRecord open(String uscc, String region, String module, String channel, String provider,
                                 Instant requested) {
        return new NewServiceRecord(uscc, region, module, "legal-aid", channel,
                new Provider(Provider.Kind.PLATFORM_UNIT, provider, "服务中心 " + provider), "法律咨询", null, requested,
                null, null, null);
    }

    static NewServiceRecord withSource(NewServiceRecord r, String sourceRef) {
        return new NewServiceRecord(r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(), r.provider(),
                r.title(), sourceRef, r.requestedAt(), r.respondedAt(), r.completedAt(), r.outcome());
    }

    static NewServiceRecord timed(NewServiceRecord r, Instant responded, Instant completed) {
        return new NewServiceRecord(r.uscc(), r.regionCode(), r.module(), r.category(), r.channel(), r.provider(),
                r.title(), r.sourceRef(), r.requestedAt(), responded, completed, completed == null ? null : "已解决");
    }

    long count(String table) {
        return db.withConnection(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
