package org.yiwang.kernel.identity.internal;

import java.time.Instant;
import java.util.List;
import org.yiwang.kernel.api.security.AccountKind;

/**
 * An account as the API shows it (never its password).
 *
 * @param regionCode  the GB/T 2260 code of a staff account's subtree; for an enterprise the region
 *                    of its USCC (digits 3-8); optional for institutions; null for administrators
 * @param orgUnit     a staff account's unit (platform centre, service window, park station)
 * @param lockedUntil set while the account is locked after repeated failed logins
 */
public record Account(String id, String username, AccountKind kind, AccountStatus status, String displayName,
                      String regionCode, String orgUnit, String uscc, String institutionId, List<String> roles,
                      int failedAttempts, Instant lockedUntil, Instant lastLoginAt, Instant createdAt,
                      Instant updatedAt) {

    public Account {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Account withRoles(List<String> newRoles) {
        return new Account(id, username, kind, status, displayName, regionCode, orgUnit, uscc, institutionId,
                newRoles, failedAttempts, lockedUntil, lastLoginAt, createdAt, updatedAt);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
