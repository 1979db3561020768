package org.yiwang.kernel.identity.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2WithHmacSHA256 from the JDK: a random 16-byte salt per password, a 256-bit derived key, a
 * constant-time comparison. {@link #needsUpgrade} tells a login to re-hash with the current
 * parameters.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random;
    private final int iterations;

    public PasswordHasher(SecureRandom random, int iterations) {
        this.random = random;
        this.iterations = iterations;
    }

    public PasswordHash hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PasswordHash(ALGORITHM, iterations, b64.encodeToString(salt), b64.encodeToString(key));
    }

    /** Whether {@code password} matches {@code stored}; compares in constant time. */
    public boolean verify(String password, PasswordHash stored) {
        if (password == null || stored == null || !ALGORITHM.equals(stored.algorithm())) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(stored.hash());
        byte[] actual = derive(stored.algorithm(), password, b64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same work as a real verification, for logins of unknown users (timing). */
    public void dummyVerify(String password) {
        derive(ALGORITHM, password == null ? "" : password, new byte[SALT_BYTES], iterations);
    }

    /** Whether {@code stored} was made with weaker or other parameters than the current ones. */
    public boolean needsUpgrade(PasswordHash stored) {
        return !ALGORITHM.equals(stored.algorithm()) || stored.iterations() < iterations;
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Password hashing is unavailable: " + algorithm, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
