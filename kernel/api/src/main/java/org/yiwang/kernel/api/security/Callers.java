package org.yiwang.kernel.api.security;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** Reads the {@link Caller} the kernel attached to a request. */
public final class Callers {

    private Callers() {
    }

    /** The principal the kernel puts into the request's SecurityContext. */
    public record CallerPrincipal(Caller caller) implements Principal {
        @Override
        public String getName() {
            return caller.username() == null ? "anonymous" : caller.username();
        }
    }

    /** The caller of the current request ({@code @Context SecurityContext security}); anonymous if none. */
    public static Caller of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller();
        }
        return Caller.ANONYMOUS;
    }
}
