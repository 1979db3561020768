package org.yiwang.module.institutions.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yiwang.kernel.api.security.InstitutionAccounts;

/**
 * Applies a {@link Transition} inside the caller's transaction: checks it is allowed from the current
 * status (409 otherwise, also when another request moved the institution first), stamps the
 * dates, writes the history line, and activates or disables the institution's accounts with the
 * same transaction (admission activates them; rejection and removal disable them; during a notice of exit
 * and an appeal they stay active so that the institution can appeal).
 */
final class Lifecycle {

    /** The reason kept on the institution (the history keeps it whole, up to 4000 characters). */
    static final int REASON_MAX = 1000;

    private final InstitutionStore store;
    private final InstitutionAccounts accounts;

    Lifecycle(InstitutionStore store, InstitutionAccounts accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    void move(Connection c, InstitutionStore.Row row, Transition t, Instant now, String actor, String reason,
              Map<String, Object> extra) throws SQLException {
        if (!t.allowedFrom(row.status())) {
            throw Problems.illegal(row.id(), row.status(), t);
        }
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("status", t.to());
        sets.put("status_reason", reason == null ? Sql.Null.VARCHAR
                : reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX - 1) + "…");
        switch (t) {
            case ADMIT -> sets.put("admitted_at", now);
            case REINSTATE -> {
                sets.put("notice_at", Sql.Null.TIMESTAMP);
                sets.put("appeal_deadline", Sql.Null.TIMESTAMP);
            }
            case REMOVE -> sets.put("removed_at", now);
            case NOTICE -> {
                sets.put("notice_at", now);
                sets.put("appeal_text", Sql.Null.VARCHAR);
                sets.put("appealed_at", Sql.Null.TIMESTAMP);
            }
            case APPEAL -> sets.put("appealed_at", now);
            default -> { }
        }
        sets.putAll(extra);
        if (!store.update(c, row.id(), row.status(), sets)) {
            throw Problems.illegal(row.id(), store.find(c, row.id()).map(InstitutionStore.Row::status)
                    .orElse(row.status()), t);
        }
        store.history(c, row.id(), t.name(), row.status(), t.to(), now, actor,
                reason == null || reason.length() <= 4000 ? reason : reason.substring(0, 3999) + "…");
        String id = String.valueOf(row.id());
        switch (t) {
            case ADMIT -> accounts.activate(id);
            case REJECT, REMOVE -> accounts.disable(id);
            default -> { }
        }
    }
}
