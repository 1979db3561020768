package org.yiwang.kernel.api.security;

/** The four kinds of people a platform serves, plus the anonymous public. */
public enum AccountKind {
    ANONYMOUS, ENTERPRISE, INSTITUTION, STAFF, ADMIN
}
