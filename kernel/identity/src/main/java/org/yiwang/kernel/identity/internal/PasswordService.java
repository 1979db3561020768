package org.yiwang.kernel.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * A logged-in caller changes its own password. A wrong current password counts as a failed login
 * (so this is no way around the lockout); on success every other token of the account is revoked.
 */
public final class PasswordService {

    private final Database db;
    private final AccountStore accounts;
    private final TokenStore tokens;
    private final LoginService logins;
    private final Supplier<IdentitySettings> settings;
    private final Supplier<PasswordHasher> hasher;
    private final Auditor audit;
    private final Clock clock;

    PasswordService(Database db, AccountStore accounts, TokenStore tokens, LoginService logins,
                    Supplier<IdentitySettings> settings, Supplier<PasswordHasher> hasher, Auditor audit, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.tokens = tokens;
        this.logins = logins;
        this.settings = settings;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param presentedToken the token of this request (kept alive); may be null */
    public void change(Caller caller, String presentedToken, String currentPassword, String newPassword, String ip) {
        if (caller.kind() == AccountKind.ANONYMOUS || caller.accountId() == null) {
            throw IdentityProblems.unauthenticated();
        }
        Instant now = clock.instant();
        Account a = db.withConnection(c -> accounts.findById(c, caller.accountId()))
                .orElseThrow(IdentityProblems::unauthenticated);
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(FieldError.of("currentPassword", "required", "必须填写当前密码", "currentPassword is required"));
        }
        errors.addAll(PasswordPolicy.check("newPassword", a.username(), newPassword));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (a.lockedAt(now)) {
            throw IdentityProblems.locked(a.lockedUntil());
        }
        PasswordHash stored = db.withConnection(c -> accounts.password(c, a.id()));
        if (!hasher.get().verify(currentPassword, stored)) {
            logins.countFailure(a, now, settings.get(), ip);
            audit.record(a.username(), "password-change", "account", a.id(), List.of("password"), ip, "failed:400");
            throw ProblemException.invalid(List.of(FieldError.of("currentPassword", "mismatch",
                    "当前密码不正确", "currentPassword is not the current password")));
        }
        if (currentPassword.equals(newPassword)) {
            throw ProblemException.invalid(List.of(FieldError.of("newPassword", "unchanged",
                    "新密码不能与当前密码相同", "newPassword must differ from the current password")));
        }
        PasswordHash next = hasher.get().hash(newPassword);
        db.inTransaction(c -> {
            accounts.setPassword(c, a.id(), next, now);
            accounts.unlock(c, a.id(), now);
            tokens.revokeAll(c, a.id(), now, presentedToken);
            return null;
        });
        audit.record(a.username(), "password-change", "account", a.id(), List.of("password"), ip, Auditor.SUCCESS);
    }
}
