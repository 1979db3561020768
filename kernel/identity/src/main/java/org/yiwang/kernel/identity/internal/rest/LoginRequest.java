package org.yiwang.kernel.identity.internal.rest;

/** The body of {@code POST /api/identity/login}. */
public record LoginRequest(String username, String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
