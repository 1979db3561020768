package org.yiwang.kernel.identity.internal;

/**
 * A stored password: algorithm, its work factor, the random salt and the derived key (both
 * base64). Storing all four lets a login re-hash with stronger parameters later.
 */
public record PasswordHash(String algorithm, int iterations, String salt, String hash) {

    @Override
    public String toString() {
        return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
    }
}
