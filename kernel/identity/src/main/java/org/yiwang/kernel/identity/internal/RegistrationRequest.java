package org.yiwang.kernel.identity.internal;

/** The body of {@code POST /api/identity/registrations}. */
public record RegistrationRequest(String username, String password, String uscc, String name, String contact) {

    @Override
    public String toString() {
        return "RegistrationRequest[username=" + username + ", uscc=" + uscc + "]";
    }
}
