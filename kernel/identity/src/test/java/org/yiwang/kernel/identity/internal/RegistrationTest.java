package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

class RegistrationTest {

    private static final String HZ_USCC = TestIdentity.uscc("330106", "MA2B3C4D");
    private TestIdentity t;
    private Caller opHz;
    private Caller opNb;

    @BeforeEach
    void setUp() {
        t = new TestIdentity();
        opHz = t.callerOf(t.create("op.hz", "STAFF", "330100", null, "region-operator"));
        opNb = t.callerOf(t.create("op.nb", "STAFF", "330200", null, "region-operator"));
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private Registration register(String username) {
        return t.identity.registrations().register(new RegistrationRequest(username, TestIdentity.STRONG, HZ_USCC,
                "杭州某科技有限公司", "张三 13800000000"), "10.1.1.1");
    }

    private int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).type().status();
    }

    @Test
    void registrationIsPendingAndCannotLogIn() {
        Registration r = register("acme.hz");
        assertEquals(RegistrationStatus.PENDING, r.status());
        assertEquals("330106", r.regionCode());
        Account a = t.identity.accounts().byUsername("acme.hz");
        assertEquals(AccountKind.ENTERPRISE, a.kind());
        assertEquals(AccountStatus.PENDING, a.status());
        ProblemException e = assertThrows(ProblemException.class,
                () -> t.identity.logins().login("acme.hz", TestIdentity.STRONG, null));
        assertEquals(IdentityProblems.ACCOUNT_INACTIVE, e.type());
    }

    @Test
    void staffCoveringTheRegionApprovesAndTheEnterpriseLogsIn() {
        Registration r = register("acme.hz");
        assertEquals(404, status(() -> t.identity.registrations().approve(opNb, r.id(), null)));
        assertEquals(0, t.identity.registrations().list(opNb, null, PageRequest.of(1, 10)).total());
        assertEquals(1, t.identity.registrations().list(opHz, RegistrationStatus.PENDING, PageRequest.of(1, 10))
                .total());
        Registration approved = t.identity.registrations().approve(opHz, r.id(), null);
        assertEquals(RegistrationStatus.APPROVED, approved.status());
        assertEquals("op.hz", approved.decidedBy());
        Caller acme = t.identity.authenticate(t.identity.logins().login("acme.hz", TestIdentity.STRONG, null).token())
                .orElseThrow();
        assertEquals(HZ_USCC, acme.uscc());
        assertEquals(List.of("enterprise-user"), t.identity.accounts().byUsername("acme.hz").roles());
        assertEquals(409, status(() -> t.identity.registrations().approve(opHz, r.id(), null)));
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_audit WHERE action = 'approve' AND actor = 'op.hz'"));
    }

    @Test
    void rejectionNeedsAReasonAndKeepsTheAccountOut() {
        Registration r = register("acme.hz");
        ProblemException noReason = assertThrows(ProblemException.class,
                () -> t.identity.registrations().reject(opHz, r.id(), " ", null));
        assertEquals("reason", noReason.errors().get(0).field());
        Registration rejected = t.identity.registrations().reject(opHz, r.id(), "营业执照信息不符", null);
        assertEquals(RegistrationStatus.REJECTED, rejected.status());
        assertEquals("营业执照信息不符", rejected.reason());
        assertEquals(AccountStatus.REJECTED, t.identity.accounts().byUsername("acme.hz").status());
        assertThrows(ProblemException.class, () -> t.identity.logins().login("acme.hz", TestIdentity.STRONG, null));
        assertEquals(409, status(() -> t.identity.registrations().approve(opHz, r.id(), null)));
    }

    @Test
    void windowStaffWithoutTheManagePermissionCannotDecide() {
        Registration r = register("acme.hz");
        Caller window = t.callerOf(t.create("win.hz", "STAFF", "330100", null, "window-staff"));
        assertEquals(403, status(() -> t.identity.registrations().approve(window, r.id(), null)));
        assertEquals(401, status(() -> t.identity.registrations().approve(Caller.ANONYMOUS, r.id(), null)));
    }

    @Test
    void invalidRegistrationsNameTheFailedUsccStepAndPasswordRule() {
        String wrongOrgCheck = HZ_USCC.substring(0, 16) + (HZ_USCC.charAt(16) == '1' ? '2' : '1');
        String first17 = wrongOrgCheck.substring(0, 17);
        String code = first17 + org.yiwang.kernel.standards.uscc.Uscc.checkCharacter(first17);
        ProblemException e = assertThrows(ProblemException.class, () -> t.identity.registrations().register(
                new RegistrationRequest("acme.hz", "weakpassword", code, "", null), null));
        List<String> rules = e.errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
        assertEquals(List.of("password:character-classes", "uscc:uscc-org-code-check", "name:required",
                "contact:required"), rules);
        assertEquals(0, t.count("SELECT COUNT(*) FROM identity_registration"));
        register("acme.hz");
        assertEquals(409, status(() -> register("ACME.HZ")));
        assertEquals(1, t.count("SELECT COUNT(*) FROM identity_registration"));
        assertTrue(t.count("SELECT COUNT(*) FROM identity_account WHERE username = 'acme.hz'") == 1);
    }
}
