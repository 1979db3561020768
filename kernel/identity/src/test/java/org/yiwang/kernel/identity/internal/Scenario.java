package org.yiwang.kernel.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;

/**
 * Exercises every write of the identity service with known secrets, so tests can look for those
 * secrets in the tables and the log.
 */
final class Scenario {

    static final String ADMIN_PASSWORD = "Env-Admin-Secret-31";
    static final String STAFF_PASSWORD = "Staff-Initial-Pw-77";
    static final String NEW_PASSWORD = "Staff-Changed-Pw-88";
    static final String WRONG_PASSWORD = "Wrong-Guess-Pw-55";
    static final String WEAK_ENV_PASSWORD = "weakenvsecret";
    static final String ENTERPRISE_PASSWORD = "Enterprise-Reg-Pw-66";

    static Map<String, String> env() {
        return Map.of("YIWANG_ADMIN_USER", "root", "YIWANG_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    /** Runs the scenario; returns every token issued. */
    static List<String> run(TestIdentity t) {
        List<String> tokens = new ArrayList<>();
        String adminToken = t.identity.logins().login("root", ADMIN_PASSWORD, "10.0.0.1").token();
        tokens.add(adminToken);
        Caller admin = t.identity.authenticate(adminToken).orElseThrow();
        Account staff = t.identity.accounts().create(admin, new NewAccount("op.hz", STAFF_PASSWORD, "STAFF", "Op",
                "330100", null, null, null, List.of("region-operator")), "10.0.0.1");
        try {
            t.identity.logins().login("op.hz", WRONG_PASSWORD, "10.0.0.2");
        } catch (ProblemException expected) {
            // audited failure
        }
        String staffToken = t.identity.logins().login("op.hz", STAFF_PASSWORD, "10.0.0.2").token();
        tokens.add(staffToken);
        Caller op = t.identity.authenticate(staffToken).orElseThrow();
        t.identity.passwords().change(op, staffToken, STAFF_PASSWORD, NEW_PASSWORD, "10.0.0.2");
        try {
            t.identity.passwords().change(op, staffToken, WRONG_PASSWORD, "Yet-Another-Pw-99", "10.0.0.2");
        } catch (ProblemException expected) {
            // wrong current password
        }
        tokens.add(t.identity.logins().login("op.hz", NEW_PASSWORD, null).token());
        Registration r = t.identity.registrations().register(new RegistrationRequest("acme", ENTERPRISE_PASSWORD,
                TestIdentity.uscc("330106", "MA2B3C4D"), "Acme", "contact"), "10.0.0.3");
        t.identity.registrations().approve(op, r.id(), "10.0.0.2");
        tokens.add(t.identity.logins().login("acme", ENTERPRISE_PASSWORD, null).token());
        t.identity.logins().logout(tokens.get(tokens.size() - 1), null);
        t.identity.accounts().disable(admin, staff.id(), null);
        return tokens;
    }

    static List<String> passwords() {
        return List.of(ADMIN_PASSWORD, STAFF_PASSWORD, NEW_PASSWORD, WRONG_PASSWORD, ENTERPRISE_PASSWORD,
                "Yet-Another-Pw-99");
    }

    private Scenario() {
    }
}
