package org.yiwang.kernel.identity.internal.rest;

/** The body of {@code PUT /api/identity/me/password}. */
public record PasswordChangeRequest(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[]";
    }
}
