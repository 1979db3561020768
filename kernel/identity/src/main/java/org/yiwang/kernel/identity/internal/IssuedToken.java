package org.yiwang.kernel.identity.internal;

import java.time.Instant;

/** A bearer token as handed to the client once; only its SHA-256 is stored. */
public record IssuedToken(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
