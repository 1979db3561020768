package org.yiwang.module.institutions.internal;

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

    private TestCallers() {
    }

    /** A valid (strict) USCC registered in {@code region}, numbered {@code n}; {@code kind} 91 enterprise, 52 social org. */
    static String uscc(String prefix, String region, int n) {
        String body = String.format("%08d", n);
        String first17 = prefix + region + body + Uscc.orgCheckCharacter(body);
        return first17 + Uscc.checkCharacter(first17);
    }

    static String uscc(String region, int n) {
        return uscc("91", region, n);
    }

    static Caller enterprise(String uscc) {
        return new Caller("e-" + uscc, "ent-" + uscc.substring(10), AccountKind.ENTERPRISE, null, uscc, Set.of());
    }

    /** Region operator: read, review, evaluate (and configure when asked). */
    static Caller operator(String name, String region) {
        return new Caller("s-" + name, name, AccountKind.STAFF, region, null,
                Set.of(InstitutionsModule.READ, InstitutionsModule.REVIEW, InstitutionsModule.EVALUATE));
    }

    /** Window staff: read only. */
    static Caller window(String name, String region) {
        return new Caller("s-" + name, name, AccountKind.STAFF, region, null, Set.of(InstitutionsModule.READ));
    }

    static Caller institution(long id) {
        return new Caller("i-" + id, "inst-" + id, AccountKind.INSTITUTION, null, null, Set.of(), String.valueOf(id));
    }

    static SecurityContext context(Caller caller) {
        return Callers.securityContext(caller, false);
    }
}
