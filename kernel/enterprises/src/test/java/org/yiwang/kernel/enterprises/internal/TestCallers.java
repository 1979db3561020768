package org.yiwang.kernel.enterprises.internal;

import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;

/** SecurityContexts as the kernel's access filter builds them, for calling resources directly. */
final class TestCallers {

    private TestCallers() {
    }

    static SecurityContext admin() {
        return of(new Caller("1", "admin", AccountKind.ADMIN, null, null, Set.of()));
    }

    static SecurityContext staff(String region) {
        return of(new Caller("2", "staff", AccountKind.STAFF, region, null,
                Set.of(EnterprisesModule.READ, EnterprisesModule.WRITE)));
    }

    private static SecurityContext of(Caller caller) {
        return Callers.securityContext(caller, false);
    }
}
