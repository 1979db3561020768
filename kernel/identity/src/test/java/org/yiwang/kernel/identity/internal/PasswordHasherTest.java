package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1_000);

    @Test
    void hashIsSaltedPbkdf2AndVerifies() {
        PasswordHash h = hasher.hash("Correct-Horse-42");
        assertEquals("PBKDF2WithHmacSHA256", h.algorithm());
        assertEquals(1_000, h.iterations());
        assertEquals(16, Base64.getDecoder().decode(h.salt()).length);
        assertEquals(32, Base64.getDecoder().decode(h.hash()).length);
        assertTrue(hasher.verify("Correct-Horse-42", h));
        assertFalse(hasher.verify("Correct-Horse-43", h));
        assertFalse(hasher.verify("", h));
        assertFalse(hasher.verify(null, h));
    }

    @Test
    void samePasswordTwiceGivesDifferentSaltsAndHashes() {
        PasswordHash a = hasher.hash("Correct-Horse-42");
        PasswordHash b = hasher.hash("Correct-Horse-42");
        assertNotEquals(a.salt(), b.salt());
        assertNotEquals(a.hash(), b.hash());
        assertTrue(hasher.verify("Correct-Horse-42", a));
        assertTrue(hasher.verify("Correct-Horse-42", b));
    }

    @Test
    void storedParametersAreUsedAndWeakerHashesNeedUpgrade() {
        PasswordHash old = new PasswordHasher(new SecureRandom(), 500).hash("Correct-Horse-42");
        assertTrue(hasher.verify("Correct-Horse-42", old), "verification uses the stored iteration count");
        assertTrue(hasher.needsUpgrade(old));
        assertFalse(hasher.needsUpgrade(hasher.hash("Correct-Horse-42")));
        assertTrue(hasher.needsUpgrade(new PasswordHash("PBKDF2WithHmacSHA1", 5_000, old.salt(), old.hash())));
        assertFalse(hasher.verify("Correct-Horse-42", new PasswordHash("MD5", 1, old.salt(), old.hash())));
    }

    @Test
    void defaultIterationsAreSafe() {
        assertTrue(IdentitySettings.defaults().passwordIterations() >= 210_000);
        assertTrue(IdentitySettings.DEFAULT_ITERATIONS >= IdentitySettings.SAFE_MINIMUM_ITERATIONS);
    }

    @Test
    void toStringNeverShowsSaltOrHash() {
        PasswordHash h = hasher.hash("Correct-Horse-42");
        assertFalse(h.toString().contains(h.hash()));
        assertFalse(h.toString().contains(h.salt()));
    }
}
