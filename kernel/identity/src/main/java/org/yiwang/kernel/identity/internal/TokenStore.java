package org.yiwang.kernel.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bearer tokens: 32 random bytes, base64url without padding (43 characters). IDENTITY_TOKEN holds
 * only the token's SHA-256 (hex), its account, expiry and revocation time.
 */
final class TokenStore {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration KEEP_EXPIRED = Duration.ofDays(1);

    private final SecureRandom random;

    TokenStore(SecureRandom random) {
        this.random = random;
    }

    IssuedToken issue(Connection c, String accountId, Instant now, Duration ttl) throws SQLException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(ttl);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_token"
                + " (token_hash, account_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")) {
            Sql.bind(ps, sha256(token), accountId, now, expiresAt).executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM identity_token WHERE expires_at < ?")) {
            Sql.bind(ps, now.minus(KEEP_EXPIRED)).executeUpdate();
        }
        return new IssuedToken(token, expiresAt);
    }

    /** The account of a live token: known, not revoked, not expired; empty for anything else. */
    Optional<String> accountOf(Connection c, String token, Instant now) throws SQLException {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT account_id, expires_at, revoked_at FROM identity_token"
                + " WHERE token_hash = ?")) {
            ps.setString(1, sha256(token));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || Sql.getInstant(rs, "revoked_at") != null
                        || !now.isBefore(Sql.getInstant(rs, "expires_at"))) {
                    return Optional.empty();
                }
                return Optional.of(rs.getString("account_id"));
            }
        }
    }

    /** Revokes one token; returns its account if the token was live. */
    Optional<String> revoke(Connection c, String token, Instant now) throws SQLException {
        Optional<String> account = accountOf(c, token, now);
        if (account.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE identity_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")) {
                Sql.bind(ps, now, sha256(token)).executeUpdate();
            }
        }
        return account;
    }

    /** Revokes every live token of an account except {@code keepToken} (may be null). */
    int revokeAll(Connection c, String accountId, Instant now, String keepToken) throws SQLException {
        String keep = wellFormed(keepToken) ? sha256(keepToken) : "";
        try (PreparedStatement ps = c.prepareStatement("UPDATE identity_token SET revoked_at = ?"
                + " WHERE account_id = ? AND revoked_at IS NULL AND token_hash <> ?")) {
            return Sql.bind(ps, now, accountId, keep).executeUpdate();
        }
    }

    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
