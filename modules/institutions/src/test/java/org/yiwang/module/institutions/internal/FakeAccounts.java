package org.yiwang.module.institutions.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.security.InstitutionAccounts;

/**
 * An in-memory {@link InstitutionAccounts} with the contract's refusals (taken username → 409, a
 * password under 8 characters → 400 naming {@code password}). Unlike the real one it is not
 * transactional; the module calls it as the last write of an application.
 */
final class FakeAccounts implements InstitutionAccounts {

    /** username → account; state PENDING, ACTIVE or DISABLED. */
    record Account(String id, String username, String institutionId, String region, String state) {
    }

    final Map<String, Account> accounts = new LinkedHashMap<>();

    @Override
    public synchronized String createPending(String username, String password, String displayName,
                                             String institutionId, String regionCode) {
        if (password == null || password.length() < 8) {
            throw new ProblemException(ProblemType.INVALID_INPUT, LocalizedText.of("密码不合要求", "weak password"),
                    List.of(FieldError.of("password", "min-length", "密码至少 8 位", "at least 8 characters")));
        }
        if (accounts.containsKey(username)) {
            throw ProblemException.conflict("用户名已被占用", "Username " + username + " is taken");
        }
        Account a = new Account("a-" + (accounts.size() + 1), username, institutionId, regionCode, "PENDING");
        accounts.put(username, a);
        return a.id();
    }

    @Override
    public synchronized void activate(String institutionId) {
        set(institutionId, "ACTIVE");
    }

    @Override
    public synchronized void disable(String institutionId) {
        set(institutionId, "DISABLED");
    }

    synchronized String state(String institutionId) {
        return accounts.values().stream().filter(a -> a.institutionId().equals(institutionId)).map(Account::state)
                .findFirst().orElse(null);
    }

    private void set(String institutionId, String state) {
        accounts.replaceAll((k, a) -> a.institutionId().equals(institutionId)
                ? new Account(a.id(), a.username(), a.institutionId(), a.region(), state) : a);
    }
}
