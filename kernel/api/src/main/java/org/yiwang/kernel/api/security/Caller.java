package org.yiwang.kernel.api.security;

import java.util.Set;

/**
 * Who is calling: resolved by the kernel from the request's bearer token before any resource
 * runs. Resources read it with {@link Callers#of(javax.ws.rs.core.SecurityContext)}.
 *
 * @param accountId   stable account id; null when anonymous
 * @param username    login name; null when anonymous
 * @param kind        what kind of account
 * @param regionCode  GB/T 2260 code of the region subtree a staff account acts in (null otherwise;
 *                    an administrator acts everywhere)
 * @param uscc        the enterprise an enterprise account is bound to (null otherwise)
 * @param permissions permissions granted through the account's roles
 * @param institutionId the service institution an institution account acts for (null otherwise)
 */
public record Caller(String accountId, String username, AccountKind kind, String regionCode, String uscc,
                     Set<String> permissions, String institutionId) {

    public static final Caller ANONYMOUS = new Caller(null, null, AccountKind.ANONYMOUS, null, null, Set.of());

    public Caller {
        permissions = Set.copyOf(permissions);
    }

    /** A caller that is not an institution account. */
    public Caller(String accountId, String username, AccountKind kind, String regionCode, String uscc,
                  Set<String> permissions) {
        this(accountId, username, kind, regionCode, uscc, permissions, null);
    }

    public boolean has(String permission) {
        return kind == AccountKind.ADMIN || permissions.contains(permission);
    }

    /** Whether this caller may act on a record of {@code recordRegion} (administrators: everywhere). */
    public boolean covers(String recordRegion) {
        return kind == AccountKind.ADMIN || (regionCode != null && RegionScope.covers(regionCode, recordRegion));
    }
}
