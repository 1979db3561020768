package org.yiwang.kernel.identity.internal;

/** Where an account is in its life: only ACTIVE accounts may log in. */
public enum AccountStatus {
    /** A self-registered enterprise account awaiting approval. */
    PENDING,
    ACTIVE,
    DISABLED,
    /** A self-registration that staff rejected. */
    REJECTED
}
