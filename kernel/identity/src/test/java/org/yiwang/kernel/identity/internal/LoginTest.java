package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.problem.ProblemException;

class LoginTest {

    private TestIdentity t;
    private Account staff;

    @BeforeEach
    void setUp() {
        t = new TestIdentity();
        staff = t.create("wang.hz", "STAFF", "330100", null, "window-staff");
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private ProblemException fail(String username, String password) {
        return assertThrows(ProblemException.class, () -> t.identity.logins().login(username, password, "10.0.0.1"));
    }

    @Test
    void rightPasswordGivesAnEightHourToken() {
        IssuedToken token = t.identity.logins().login("Wang.HZ", TestIdentity.STRONG, null);
        assertEquals(43, token.token().length());
        assertEquals(t.clock.instant().plus(Duration.ofHours(8)), token.expiresAt());
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        ProblemException unknown = fail("nobody", TestIdentity.STRONG);
        ProblemException wrong = fail("wang.hz", "Wrong-Password-1");
        assertEquals(401, unknown.type().status());
        assertEquals(unknown.type(), wrong.type());
        assertEquals(unknown.detail(), wrong.detail());
    }

    @Test
    void tenFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockExpires() {
        for (int i = 1; i <= 10; i++) {
            assertEquals(401, fail("wang.hz", "Wrong-Password-" + i).type().status(), "attempt " + i);
            t.clock.advance(Duration.ofMinutes(5)); // past any backoff
        }
        // the 10th failure locked it at T; 5 minutes have passed
        ProblemException locked = fail("wang.hz", TestIdentity.STRONG);
        assertEquals(IdentityProblems.ACCOUNT_LOCKED, locked.type());
        assertEquals(429, locked.type().status());
        t.clock.advance(Duration.ofMinutes(9));
        assertEquals(IdentityProblems.ACCOUNT_LOCKED, fail("wang.hz", TestIdentity.STRONG).type());
        t.clock.advance(Duration.ofMinutes(1)); // 15 minutes after the lock
        assertNotNull(t.identity.logins().login("wang.hz", TestIdentity.STRONG, null).token());
        assertEquals(0, t.identity.accounts().byUsername("wang.hz").failedAttempts());
    }

    @Test
    void afterAnExpiredLockCountingStartsAgain() {
        for (int i = 1; i <= 10; i++) {
            fail("wang.hz", "Wrong-Password-" + i);
            t.clock.advance(Duration.ofMinutes(5));
        }
        t.clock.advance(Duration.ofMinutes(15));
        assertEquals(401, fail("wang.hz", "Wrong-Password-x").type().status());
        assertEquals(1, t.identity.accounts().byUsername("wang.hz").failedAttempts());
        assertNotNull(t.identity.logins().login("wang.hz", TestIdentity.STRONG, null));
    }

    @Test
    void afterFiveFailuresEachAttemptMustWaitAGrowingDelay() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, fail("wang.hz", "Wrong-Password-" + i).type().status(), "attempts 1-5 are not delayed");
        }
        // 5 failures: 2 s backoff; the right password is refused inside the window and not counted
        ProblemException throttled = fail("wang.hz", TestIdentity.STRONG);
        assertEquals(IdentityProblems.LOGIN_BACKOFF, throttled.type());
        assertEquals(429, throttled.type().status());
        assertEquals(5, t.identity.accounts().byUsername("wang.hz").failedAttempts());
        t.clock.advance(Duration.ofSeconds(2));
        assertEquals(401, fail("wang.hz", "Wrong-Password-6").type().status());
        // 6 failures: 4 s
        t.clock.advance(Duration.ofSeconds(3));
        assertEquals(IdentityProblems.LOGIN_BACKOFF, fail("wang.hz", TestIdentity.STRONG).type());
        t.clock.advance(Duration.ofSeconds(1));
        assertNotNull(t.identity.logins().login("wang.hz", TestIdentity.STRONG, null));
        assertEquals(0, t.identity.accounts().byUsername("wang.hz").failedAttempts());
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        IdentitySettings s = IdentitySettings.defaults();
        assertEquals(Duration.ZERO, s.backoffAfter(4));
        assertEquals(Duration.ofSeconds(2), s.backoffAfter(5));
        assertEquals(Duration.ofSeconds(4), s.backoffAfter(6));
        assertEquals(Duration.ofSeconds(32), s.backoffAfter(9));
        assertEquals(Duration.ofMinutes(5), s.backoffAfter(40));
    }

    @Test
    void disabledAccountCannotLogInEvenWithTheRightPassword() {
        t.identity.accounts().disable(TestIdentity.admin(), staff.id(), null);
        ProblemException e = fail("wang.hz", TestIdentity.STRONG);
        assertEquals(IdentityProblems.ACCOUNT_INACTIVE, e.type());
        assertEquals(401, fail("wang.hz", "Wrong-Password-1").type().status(), "a wrong password still says 401");
    }

    @Test
    void loginUpgradesAWeakerStoredHash() {
        String sql = "SELECT pw_iterations FROM identity_account WHERE username = ?";
        assertEquals("1000", t.string(sql, "wang.hz"));
        IdentityService stronger = new IdentityService(t.db, t.audit,
                IdentitySettings.defaults().withIterations(2_000), t.clock, Map.of());
        stronger.logins().login("wang.hz", TestIdentity.STRONG, null);
        assertEquals("2000", t.string(sql, "wang.hz"));
        assertNotNull(stronger.logins().login("wang.hz", TestIdentity.STRONG, null), "the upgraded hash verifies");
        assertTrue(t.count("SELECT COUNT(*) FROM identity_audit WHERE action = 'login' AND outcome = 'success'") >= 2);
    }

    @Test
    void loginsAreAuditedWithTheTriedUsernameAndOutcome() {
        fail("ghost", "Wrong-Password-1");
        fail("wang.hz", "Wrong-Password-1");
        t.identity.logins().login("wang.hz", TestIdentity.STRONG, "10.0.0.9");
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE actor = 'ghost' AND action = 'login'"
                + " AND outcome = 'failed:401'"));
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE actor = 'wang.hz' AND action = 'login'"
                + " AND outcome = 'failed:401'"));
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE actor = 'wang.hz' AND action = 'login'"
                + " AND outcome = 'success' AND ip = '10.0.0.9'"));
    }
}
