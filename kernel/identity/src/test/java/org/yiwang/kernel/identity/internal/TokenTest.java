package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

class TokenTest {

    private TestIdentity t;
    private Account staff;

    @BeforeEach
    void setUp() {
        t = new TestIdentity();
        staff = t.create("li.nb", "STAFF", "330200", null, "region-operator", "auditor");
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private String login() {
        return t.identity.logins().login("li.nb", TestIdentity.STRONG, null).token();
    }

    @Test
    void tokenResolvesToTheCallerWithPermissionsFromRoles() {
        Caller c = t.identity.authenticate(login()).orElseThrow();
        assertEquals(staff.id(), c.accountId());
        assertEquals("li.nb", c.username());
        assertEquals(AccountKind.STAFF, c.kind());
        assertEquals("330200", c.regionCode());
        assertNull(c.uscc());
        assertEquals(Set.of("enterprises.read", "enterprises.write", "identity.accounts.manage", "audit.read",
                "demands.handle", "demands.configure", "ledger.read", "ledger.write"), c.permissions());
        assertTrue(c.covers("330203"));
        assertTrue(!c.covers("330106"));
    }

    @Test
    void tokensAreRandomBase64Url() {
        String a = login();
        String b = login();
        assertTrue(a.matches("[A-Za-z0-9_-]{43}"));
        assertTrue(!a.equals(b));
    }

    @Test
    void expiredTokenIsRefused() {
        String token = login();
        t.clock.advance(Duration.ofHours(8).minusSeconds(1));
        assertTrue(t.identity.authenticate(token).isPresent());
        t.clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), t.identity.authenticate(token));
    }

    @Test
    void logoutRevokesOnlyThatToken() {
        String first = login();
        String second = login();
        t.identity.logins().logout(first, null);
        assertEquals(Optional.empty(), t.identity.authenticate(first));
        assertTrue(t.identity.authenticate(second).isPresent());
        t.identity.logins().logout("not-a-token", null); // nothing happens
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE action = 'logout'"));
    }

    @Test
    void garbledOrUnknownTokensAreEmpty() {
        String token = login();
        assertEquals(Optional.empty(), t.identity.authenticate(null));
        assertEquals(Optional.empty(), t.identity.authenticate(""));
        assertEquals(Optional.empty(), t.identity.authenticate("Bearer " + token));
        assertEquals(Optional.empty(), t.identity.authenticate(token.substring(1)));
        assertEquals(Optional.empty(), t.identity.authenticate(token + "x"));
        assertEquals(Optional.empty(), t.identity.authenticate("'; DROP TABLE identity_token; --"));
        char flipped = token.charAt(0) == 'A' ? 'B' : 'A';
        assertEquals(Optional.empty(), t.identity.authenticate(flipped + token.substring(1)));
        assertTrue(t.identity.authenticate(token).isPresent());
    }

    @Test
    void disablingAnAccountRevokesItsTokensAndEnablingDoesNotRestoreThem() {
        String token = login();
        t.identity.accounts().disable(TestIdentity.admin(), staff.id(), null);
        assertEquals(Optional.empty(), t.identity.authenticate(token));
        t.identity.accounts().enable(TestIdentity.admin(), staff.id(), null);
        assertEquals(Optional.empty(), t.identity.authenticate(token));
        assertTrue(t.identity.authenticate(login()).isPresent());
    }

    @Test
    void lockedAccountsTokensAreRefusedWhileLocked() {
        String token = login();
        for (int i = 0; i < 10; i++) {
            try {
                t.identity.logins().login("li.nb", "Wrong-Password-" + i, null);
            } catch (RuntimeException expected) {
                // counted
            }
            t.clock.advance(Duration.ofMinutes(5));
        }
        // the 10th failure locked the account for 15 minutes; 5 have passed and the token is still valid
        assertEquals(Optional.empty(), t.identity.authenticate(token));
        t.identity.accounts().unlock(TestIdentity.admin(), staff.id(), null);
        assertTrue(t.identity.authenticate(token).isPresent());
    }

    @Test
    void changingThePasswordRevokesOtherTokensButKeepsTheCurrentOne() {
        String current = login();
        String other = login();
        Caller me = t.identity.authenticate(current).orElseThrow();
        t.identity.passwords().change(me, current, TestIdentity.STRONG, "Another-Strong-7", null);
        assertTrue(t.identity.authenticate(current).isPresent());
        assertEquals(Optional.empty(), t.identity.authenticate(other));
        assertTrue(t.identity.logins().login("li.nb", "Another-Strong-7", null).token().length() == 43);
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE action = 'password-change'"
                + " AND changed_fields = 'password' AND outcome = 'success'"));
    }
}
