package org.yiwang.kernel.identity.internal;

/** Where a self-registration stands. */
public enum RegistrationStatus {
    PENDING, APPROVED, REJECTED
}
