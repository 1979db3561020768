package org.yiwang.kernel.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audited action.
 *
 * @param at            when
 * @param actor         username, or {@code anonymous}
 * @param action        e.g. {@code create}, {@code update}, {@code delete}, {@code login}, {@code import}
 * @param entity        e.g. {@code enterprise}, {@code account}
 * @param entityId      e.g. the USCC
 * @param changedFields names of the fields that changed (never their secret values)
 * @param ip            caller address
 * @param outcome       {@code success}, {@code denied}, {@code failed:<status>}
 */
public record AuditEntry(Instant at, String actor, String action, String entity, String entityId,
                         List<String> changedFields, String ip, String outcome) {

    public AuditEntry {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
