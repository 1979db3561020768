package org.yiwang.kernel.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.persistence.Database;

/**
 * Password login with backoff and lockout, logout, and the bearer-token side of authentication.
 * Order of checks: a locked account is refused (429) without looking at the password; within the
 * backoff window after {@code backoffAfterFailures} consecutive failures the attempt is refused
 * (429) without looking at the password and without counting; a wrong password counts one failure
 * and answers 401 (the same answer as an unknown username); the {@code lockAfterFailures}-th
 * failure locks the account for {@code lockDuration}.
 */
public final class LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

    private final Database db;
    private final AccountStore accounts;
    private final TokenStore tokens;
    private final Supplier<IdentitySettings> settings;
    private final Supplier<PasswordHasher> hasher;
    private final Auditor audit;
    private final Clock clock;

    LoginService(Database db, AccountStore accounts, TokenStore tokens, Supplier<IdentitySettings> settings,
                 Supplier<PasswordHasher> hasher, Auditor audit, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.tokens = tokens;
        this.settings = settings;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public IssuedToken login(String username, String password, String ip) {
        String name = Usernames.normalize(username);
        Instant now = clock.instant();
        IdentitySettings s = settings.get();
        Optional<Account> found = Usernames.valid(name)
                ? db.withConnection(c -> accounts.findByUsername(c, name)) : Optional.empty();
        if (found.isEmpty()) {
            hasher.get().dummyVerify(password);
            audit.record(name, "login", "account", null, List.of(), ip, "failed:401");
            throw IdentityProblems.badCredentials();
        }
        Account a = found.get();
        if (a.lockedAt(now)) {
            audit.record(name, "login", "account", a.id(), List.of(), ip, "failed:429");
            throw IdentityProblems.locked(a.lockedUntil());
        }
        checkBackoff(a, now, s, ip);
        PasswordHash stored = db.withConnection(c -> accounts.password(c, a.id()));
        if (!hasher.get().verify(password, stored)) {
            countFailure(a, now, s, ip);
            audit.record(name, "login", "account", a.id(), List.of(), ip, "failed:401");
            throw IdentityProblems.badCredentials();
        }
        if (a.status() != AccountStatus.ACTIVE) {
            audit.record(name, "login", "account", a.id(), List.of(), ip, "failed:403");
            throw IdentityProblems.inactive(a.status());
        }
        boolean upgrade = hasher.get().needsUpgrade(stored);
        IssuedToken token = db.inTransaction(c -> {
            accounts.recordSuccess(c, a.id(), now);
            if (upgrade) {
                accounts.setPassword(c, a.id(), hasher.get().hash(password), now);
            }
            return tokens.issue(c, a.id(), now, s.tokenTtl());
        });
        if (upgrade) {
            LOG.info("Account {}: password hash upgraded to {} iterations", a.username(), s.passwordIterations());
        }
        audit.record(name, "login", "account", a.id(), List.of(), ip, Auditor.SUCCESS);
        return token;
    }

    private void checkBackoff(Account a, Instant now, IdentitySettings s, String ip) {
        int failures = a.lockedUntil() != null ? 0 : a.failedAttempts(); // an expired lock starts afresh
        Duration wait = s.backoffAfter(failures);
        if (wait.isZero()) {
            return;
        }
        Instant lastFailed = db.withConnection(c -> accounts.lastFailedAt(c, a.id()));
        Instant next = lastFailed == null ? now : lastFailed.plus(wait);
        if (now.isBefore(next)) {
            audit.record(a.username(), "login", "account", a.id(), List.of(), ip, "failed:429");
            throw IdentityProblems.backoff(Duration.between(now, next));
        }
    }

    /** Counts a failed password check (login or password change); locks at the threshold. */
    void countFailure(Account a, Instant now, IdentitySettings s, String ip) {
        int failures = db.inTransaction(c -> {
            int n = accounts.recordFailure(c, a.id(), now);
            if (n >= s.lockAfterFailures()) {
                accounts.lock(c, a.id(), now.plus(s.lockDuration()));
            }
            return n;
        });
        if (failures >= s.lockAfterFailures()) {
            LOG.warn("Account {} locked until {} after {} consecutive failed logins", a.username(),
                    now.plus(s.lockDuration()), failures);
            audit.record(a.username(), "lock", "account", a.id(), List.of("lockedUntil"), ip, Auditor.SUCCESS);
        }
    }

    /** Revokes the presented token if it is live; does nothing otherwise. */
    public void logout(String token, String ip) {
        Instant now = clock.instant();
        Optional<String> accountId = db.inTransaction(c -> tokens.revoke(c, token, now));
        accountId.ifPresent(id -> {
            String username = db.withConnection(c -> accounts.findById(c, id)).map(Account::username).orElse(null);
            audit.record(username, "logout", "account", id, List.of(), ip, Auditor.SUCCESS);
        });
    }
}
