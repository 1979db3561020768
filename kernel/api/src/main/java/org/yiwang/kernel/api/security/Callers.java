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

    /**
     * The request's SecurityContext for a caller: the caller as principal (none when anonymous), its
     * permissions as roles. The kernel's REST container sets it on every request; tests that call a
     * resource directly use it to act as someone.
     */
    public static SecurityContext securityContext(Caller caller, boolean secure) {
        return new CallerSecurityContext(caller, secure);
    }

    private record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller.kind() == AccountKind.ANONYMOUS ? null : new CallerPrincipal(caller);
        }

        @Override
        public boolean isUserInRole(String permission) {
            return caller.has(permission);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return caller.kind() == AccountKind.ANONYMOUS ? null : "Bearer";
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
