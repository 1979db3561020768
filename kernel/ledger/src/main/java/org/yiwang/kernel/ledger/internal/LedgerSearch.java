package org.yiwang.kernel.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.ledger.RecordQuery;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/** Record lists: a query validated and narrowed to what the caller may see, paged or streamed. */
final class LedgerSearch {

    private final Database db;

    LedgerSearch(Database db) {
        this.db = db;
    }

    /**
     * Staff: their region subtree (403 for a region outside it); an enterprise: its own records
     * (403 for another USCC); anyone else: 401/403. Bad filters: 400 naming them.
     */
    Filter filter(Caller caller, RecordQuery q) {
        RecordQuery query = q == null ? RecordQuery.all() : q;
        if (caller.kind() == AccountKind.ANONYMOUS) {
            throw Access.unauthenticated();
        }
        List<FieldError> errors = new ArrayList<>();
        String region = Checks.region(errors, "region", query.region(), false);
        String uscc = query.uscc() == null || query.uscc().isBlank() ? null : Checks.uscc(errors, "uscc", query.uscc());
        String module = Checks.module(errors, "module", query.module(), false);
        String provider = Checks.text(errors, "provider", query.provider(), false, 64);
        String category = Checks.category(errors, "category", query.category(), false);
        Periods.check(errors, query.from(), query.to());
        Checks.throwIfAny(errors);
        if (caller.kind() == AccountKind.ENTERPRISE) {
            if (uscc != null && !uscc.equals(caller.uscc())) {
                throw Access.forbidden("只能查看本企业的服务记录", "You can only see your own enterprise's records");
            }
            uscc = caller.uscc();
        } else if (Access.isStaff(caller)) {
            if (region == null && caller.kind() == AccountKind.STAFF) {
                if (caller.regionCode() == null) {
                    throw Access.outside("");
                }
                region = caller.regionCode();
            } else if (region != null) {
                Access.inRegion(caller, region);
            }
        } else {
            throw Access.forbidden("无权查看服务台账", "Not permitted to see the service ledger");
        }
        return Filter.of(Scopes.prefix(region), module, provider, query.from(), query.to())
                .add("USCC = ?", uscc).add("CATEGORY = ?", category).status(query.status()).rated(query.rated());
    }

    Page<ServiceRecord> page(Filter f, PageRequest page) {
        return db.withConnection(c -> {
            long total;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM LEDGER_RECORD" + f.where())) {
                f.bind(p, 1);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ServiceRecord> items = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + RecordStore.COLUMNS + " FROM LEDGER_RECORD" + f.where()
                    + " ORDER BY REQUESTED_AT DESC, ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = f.bind(p, 1);
                p.setLong(i++, page.offset());
                p.setInt(i, page.size());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        items.add(RecordStore.read(rs));
                    }
                }
            }
            return Page.of(items, total, page);
        });
    }

    /** Every matching record in id order, {@code chunk} at a time (keyset paging, one short read each). */
    void scan(Filter f, int chunk, Consumer<List<ServiceRecord>> sink) {
        String after = "";
        while (true) {
            String last = after;
            String where = f.where();
            List<ServiceRecord> items = db.withConnection(c -> {
                List<ServiceRecord> rows = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT " + RecordStore.COLUMNS + " FROM LEDGER_RECORD"
                        + (where.isEmpty() ? " WHERE " : where + " AND ") + "ID > ? ORDER BY ID FETCH FIRST "
                        + chunk + " ROWS ONLY")) {
                    int i = f.bind(p, 1);
                    p.setString(i, last);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            rows.add(RecordStore.read(rs));
                        }
                    }
                }
                return rows;
            });
            if (items.isEmpty()) {
                return;
            }
            sink.accept(items);
            if (items.size() < chunk) {
                return;
            }
            after = items.get(items.size() - 1).id();
        }
    }
}
