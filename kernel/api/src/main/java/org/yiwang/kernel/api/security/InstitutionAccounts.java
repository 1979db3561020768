package org.yiwang.kernel.api.security;

/**
 * Accounts of service institutions, provided by the kernel's identity service for the module that
 * keeps the institution registry. An institution applies with the login it wants; the account is
 * created pending, bound to the institution, and becomes usable only when staff admit the
 * institution. Call these inside the module's own {@code Database.inTransaction}: they join it, so
 * an application and its account are written together or not at all.
 */
public interface InstitutionAccounts {

    /**
     * Creates a pending {@code INSTITUTION} account bound to {@code institutionId}.
     *
     * @return the new account's id
     * @throws org.yiwang.kernel.api.problem.ProblemException (invalid input, 400) naming {@code account.username} or
     *         {@code account.password} when they break the platform's rules, 409 when the username is taken
     */
    String createPending(String username, String password, String displayName, String institutionId,
                         String regionCode);

    /** Activates the institution's accounts and gives them the {@code institution-user} role. */
    void activate(String institutionId);

    /** Disables the institution's accounts (the institution left the registry); they can no longer log in. */
    void disable(String institutionId);
}
