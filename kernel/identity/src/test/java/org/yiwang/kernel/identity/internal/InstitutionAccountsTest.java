package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

class InstitutionAccountsTest {

    private final TestIdentity t = new TestIdentity();

    @AfterEach
    void tearDown() {
        t.close();
    }

    private String login(String username) {
        return t.identity.logins().login(username, TestIdentity.STRONG, null).token();
    }

    @Test
    void pendingUntilAdmittedThenActsForItsInstitution() {
        String id = t.identity.createPending("Centre.FZ", TestIdentity.STRONG, "福州服务中心", "inst-1", "350100");
        Account pending = t.identity.accounts().byUsername("centre.fz");
        assertEquals(id, pending.id());
        assertEquals(AccountStatus.PENDING, pending.status());
        assertEquals(AccountKind.INSTITUTION, pending.kind());
        ProblemException refused = assertThrows(ProblemException.class, () -> login("centre.fz"));
        assertEquals(IdentityProblems.ACCOUNT_INACTIVE, refused.type());

        t.identity.activate("inst-1");
        Caller c = t.identity.authenticate(login("centre.fz")).orElseThrow();
        assertEquals(AccountKind.INSTITUTION, c.kind());
        assertEquals("inst-1", c.institutionId());
        assertEquals(null, c.uscc());
        assertEquals(null, c.regionCode(), "an institution account is not staff of a region");
        assertEquals(List.of("institution-user"), t.identity.accounts().byUsername("centre.fz").roles());
        t.identity.activate("inst-1"); // idempotent
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE action = 'activate'"));
    }

    @Test
    void disablingEndsSessionsAndLogins() {
        t.identity.createPending("centre.xm", TestIdentity.STRONG, null, "inst-2", null);
        t.identity.activate("inst-2");
        String token = login("centre.xm");
        t.identity.disable("inst-2");
        assertTrue(t.identity.authenticate(token).isEmpty(), "the open session ends");
        assertEquals(AccountStatus.DISABLED, t.identity.accounts().byUsername("centre.xm").status());
        assertThrows(ProblemException.class, () -> login("centre.xm"));
    }

    @Test
    void disablingAPendingAccountRejectsIt() {
        t.identity.createPending("centre.pt", TestIdentity.STRONG, null, "inst-3", null);
        t.identity.disable("inst-3");
        assertEquals(AccountStatus.REJECTED, t.identity.accounts().byUsername("centre.pt").status());
    }

    @Test
    void badLoginDataIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = t.count("SELECT COUNT(*) FROM identity_account");
        ProblemException weak = assertThrows(ProblemException.class,
                () -> t.identity.createPending("centre.weak", "short", null, "inst-4", null));
        assertEquals(400, weak.type().status());
        assertEquals("account.password", weak.errors().get(0).field());
        ProblemException badName = assertThrows(ProblemException.class,
                () -> t.identity.createPending("a b", TestIdentity.STRONG, null, "inst-4", null));
        assertEquals("account.username", badName.errors().get(0).field());
        t.identity.createPending("centre.dup", TestIdentity.STRONG, null, "inst-5", null);
        assertEquals(409, assertThrows(ProblemException.class,
                () -> t.identity.createPending("CENTRE.DUP", TestIdentity.STRONG, null, "inst-6", null)).type().status());
        assertEquals(before + 1, t.count("SELECT COUNT(*) FROM identity_account"));
    }

    @Test
    void joinsTheCallersTransaction() {
        long before = t.count("SELECT COUNT(*) FROM identity_account");
        assertThrows(IllegalStateException.class, () -> t.db.inTransaction(c -> {
            t.identity.createPending("centre.rollback", TestIdentity.STRONG, null, "inst-7", null);
            throw new IllegalStateException("the module's own write failed");
        }));
        assertEquals(before, t.count("SELECT COUNT(*) FROM identity_account"), "rolled back with the caller");
    }
}
