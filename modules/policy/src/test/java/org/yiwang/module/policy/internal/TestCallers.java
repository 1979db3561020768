package org.yiwang.module.policy.internal;

import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.standards.uscc.Uscc;

/** Callers as the kernel resolves them, valid USCCs, and SecurityContexts for calling resources directly. */
final class TestCallers {

    static final Caller ANONYMOUS = Caller.ANONYMOUS;
    static final Caller ADMIN = new Caller("1", "admin", AccountKind.ADMIN, null, null, Set.of());
    static final Set<String> ALL = Set.of(PolicyModule.READ, PolicyModule.EDIT, PolicyModule.REVIEW, PolicyModule.PUBLISH,
            PolicyModule.MATCH);

    private TestCallers() {
    }

    /** A valid (strict) USCC registered in {@code region}, numbered {@code n}. */
    static String uscc(String region, int n) {
        String body = String.format("%08d", n);
        String first17 = "91" + region + body + Uscc.orgCheckCharacter(body);
        return first17 + Uscc.checkCharacter(first17);
    }

    static Caller enterprise(String uscc) {
        return new Caller("e-" + uscc, "ent-" + uscc.substring(10), AccountKind.ENTERPRISE, null, uscc, Set.of());
    }

    /** A region operator: every policy permission in {@code region}. */
    static Caller staff(String name, String region) {
        return new Caller("s-" + name, name, AccountKind.STAFF, region, null, ALL);
    }

    static Caller staffWith(String name, String region, String... permissions) {
        return new Caller("s-" + name, name, AccountKind.STAFF, region, null, Set.of(permissions));
    }

    static SecurityContext context(Caller caller) {
        return Callers.securityContext(caller, false);
    }
}
