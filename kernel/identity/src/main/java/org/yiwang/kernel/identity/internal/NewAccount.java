package org.yiwang.kernel.identity.internal;

import java.util.List;

/**
 * The body of {@code POST /api/identity/accounts}. Which binding fields apply depends on
 * {@code kind}: STAFF needs {@code regionCode} (and may have {@code orgUnit}), ENTERPRISE needs
 * {@code uscc} (its region is the USCC's digits 3-8), INSTITUTION needs {@code institutionId} (and may
 * have {@code regionCode}), ADMIN has none. Fields of other kinds are ignored.
 */
public record NewAccount(String username, String password, String kind, String displayName, String regionCode,
                         String orgUnit, String uscc, String institutionId, List<String> roles) {

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", kind=" + kind + "]";
    }
}
