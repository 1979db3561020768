package org.yiwang.kernel.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;

/**
 * The first administrator: there is no default password. It comes from the console command
 * {@code yiwang:admin-create} or, once, from {@code YIWANG_ADMIN_USER} / {@code YIWANG_ADMIN_PASSWORD}
 * when no administrator exists yet. The password is hashed and never logged.
 */
public final class AdminBootstrap {

    static final String ENV_USER = "YIWANG_ADMIN_USER";
    static final String ENV_PASSWORD = "YIWANG_ADMIN_PASSWORD";
    static final String ADMIN_ROLE = "platform-admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Database db;
    private final AccountService accountService;
    private final AccountStore accounts;
    private final RoleStore roles;
    private final Supplier<PasswordHasher> hasher;
    private final Auditor audit;
    private final Clock clock;

    AdminBootstrap(Database db, AccountService accountService, AccountStore accounts, RoleStore roles,
                   Supplier<PasswordHasher> hasher, Auditor audit, Clock clock) {
        this.db = db;
        this.accountService = accountService;
        this.accounts = accounts;
        this.roles = roles;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an administrator (400 naming the broken rules, 409 if the username is taken). */
    public Account createAdmin(String username, String password, String actor, String ip) {
        List<FieldError> errors = new ArrayList<>(Usernames.check("username", username));
        String name = Usernames.normalize(username);
        errors.addAll(PasswordPolicy.check("password", name, password));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        PasswordHash pw = hasher.get().hash(password);
        Account created = db.inTransaction(c -> {
            List<String> granted = roles.find(c, ADMIN_ROLE).isPresent() ? List.of(ADMIN_ROLE) : List.of();
            Account a = new Account(UUID.randomUUID().toString(), name, AccountKind.ADMIN, AccountStatus.ACTIVE, null,
                    null, null, null, null, granted, 0, null, null, now, now);
            accountService.insertNew(c, a, pw);
            return a;
        });
        audit.record(actor, "create", "account", created.id(), List.of("username", "password", "kind", "roles"), ip,
                Auditor.SUCCESS);
        LOG.info("Administrator account {} created by {}", name, actor);
        return created;
    }

    public boolean adminExists() {
        return db.withConnection(c -> accounts.list(c, new AccountStore.Filter(AccountKind.ADMIN, null, null, null,
                false), org.yiwang.kernel.api.PageRequest.of(1, 1)).total() > 0);
    }

    /** At activation: creates the administrator named in the environment if none exists yet. */
    void fromEnvironment(Map<String, String> env) {
        String user = env.get(ENV_USER);
        if (user == null || user.isBlank()) {
            return;
        }
        if (adminExists()) {
            LOG.info("{} is set but an administrator exists already; nothing created", ENV_USER);
            return;
        }
        String password = env.get(ENV_PASSWORD);
        if (password == null || password.isEmpty()) {
            LOG.error("{} is set but {} is empty; no administrator created", ENV_USER, ENV_PASSWORD);
            return;
        }
        try {
            createAdmin(user, password, "environment", null);
        } catch (ProblemException e) {
            String rules = e.errors().stream().map(f -> f.field() + ": " + f.rule() + " (" + f.message().en() + ")")
                    .collect(Collectors.joining("; "));
            LOG.error("No administrator created from {}/{}: {}", ENV_USER, ENV_PASSWORD,
                    rules.isEmpty() ? e.detail().en() : rules);
        }
    }
}
