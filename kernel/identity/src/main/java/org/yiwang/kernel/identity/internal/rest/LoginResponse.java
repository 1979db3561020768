package org.yiwang.kernel.identity.internal.rest;

import java.time.Instant;

/** The answer to a successful login: the bearer token (shown once) and when it expires. */
public record LoginResponse(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "LoginResponse[expiresAt=" + expiresAt + "]";
    }
}
