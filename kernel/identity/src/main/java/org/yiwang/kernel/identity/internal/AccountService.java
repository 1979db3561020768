package org.yiwang.kernel.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.RegionScope;

/** Account management, region-scoped and without privilege escalation (see {@link AccessRules}). */
public final class AccountService {

    private final Database db;
    private final AccountStore accounts;
    private final RoleStore roles;
    private final TokenStore tokens;
    private final Supplier<PasswordHasher> hasher;
    private final Auditor audit;
    private final Clock clock;

    AccountService(Database db, AccountStore accounts, RoleStore roles, TokenStore tokens,
                   Supplier<PasswordHasher> hasher, Auditor audit, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.roles = roles;
        this.tokens = tokens;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Account> list(Caller actor, AccountKind kind, AccountStatus status, String q, PageRequest page) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
        boolean admin = actor.kind() == AccountKind.ADMIN;
        if (!admin && actor.regionCode() == null) {
            return Page.of(List.of(), 0, page);
        }
        String prefix = admin ? null : RegionScope.prefix(actor.regionCode());
        return db.withConnection(c -> accounts.list(c,
                new AccountStore.Filter(kind, status, q, prefix, !admin), page));
    }

    public Account get(Caller actor, String id) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
        Account a = db.withConnection(c -> accounts.findById(c, id)).orElseThrow(() -> AccessRules.notFound(id));
        if (!AccessRules.sees(actor, a)) {
            throw AccessRules.notFound(id);
        }
        return a;
    }

    public Account create(Caller actor, NewAccount body, String ip) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
        AccountDraft draft = AccountDraft.validate(body);
        if (draft.kind() == AccountKind.ADMIN && actor.kind() != AccountKind.ADMIN) {
            throw IdentityProblems.forbidden("只有管理员可以创建管理员账号", "Only administrators create administrators");
        }
        AccessRules.mayPlace(actor, draft.regionCode());
        Instant now = clock.instant();
        Account created = db.inTransaction(c -> {
            AccessRules.mayGrant(actor, permissionsOf(c, draft.roles()));
            Account a = new Account(UUID.randomUUID().toString(), draft.username(), draft.kind(), AccountStatus.ACTIVE,
                    draft.displayName(), draft.regionCode(), draft.orgUnit(), draft.uscc(), draft.institutionId(),
                    draft.roles(), 0, null, null, now, now);
            insertNew(c, a, hasher.get().hash(body.password()));
            return a;
        });
        audit.record(actor.username(), "create", "account", created.id(), draft.givenFields(), ip, Auditor.SUCCESS);
        return created;
    }

    /** Inserts an account whose username must still be free (409 otherwise). */
    void insertNew(Connection c, Account a, PasswordHash pw) throws SQLException {
        if (accounts.findByUsername(c, a.username()).isPresent()) {
            throw ProblemException.conflict("用户名已被使用", "The username " + a.username() + " is taken");
        }
        accounts.insert(c, a, pw);
    }

    public Account update(Caller actor, String id, AccountChanges body, String ip) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
        if (body == null) {
            throw ProblemException.invalid(List.of(FieldError.of("body", "required", "缺少请求体", "a body is required")));
        }
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        Account result = db.inTransaction(c -> {
            Account a = accounts.findById(c, id).orElseThrow(() -> AccessRules.notFound(id));
            AccessRules.mayActOn(actor, a, accounts.permissions(c, id));
            Account next = AccountDraft.apply(a, body);
            if (!Objects.equals(next.regionCode(), a.regionCode())) {
                AccessRules.mayPlace(actor, next.regionCode());
            }
            Set<String> added = new TreeSet<>(next.roles());
            added.removeAll(a.roles());
            AccessRules.mayGrant(actor, permissionsOf(c, List.copyOf(added)));
            changed.addAll(AccountDraft.changedFields(a, next));
            if (!changed.isEmpty()) {
                accounts.updateProfile(c, next, now);
                accounts.setRoles(c, id, next.roles());
            }
            return accounts.findById(c, id).orElseThrow();
        });
        if (!changed.isEmpty()) {
            audit.record(actor.username(), "update", "account", id, changed, ip, Auditor.SUCCESS);
        }
        return result;
    }

    public Account disable(Caller actor, String id, String ip) {
        if (Objects.equals(actor.accountId(), id)) {
            throw ProblemException.conflict("不能停用自己的账号", "You cannot disable your own account");
        }
        return transition(actor, id, ip, "disable", AccountStatus.ACTIVE, AccountStatus.DISABLED);
    }

    public Account enable(Caller actor, String id, String ip) {
        return transition(actor, id, ip, "enable", AccountStatus.DISABLED, AccountStatus.ACTIVE);
    }

    private Account transition(Caller actor, String id, String ip, String action, AccountStatus from,
                               AccountStatus to) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
        Instant now = clock.instant();
        Account result = db.inTransaction(c -> {
            Account a = accounts.findById(c, id).orElseThrow(() -> AccessRules.notFound(id));
            AccessRules.mayActOn(actor, a, accounts.permissions(c, id));
            if (a.status() != from) {
                throw ProblemException.conflict("账号状态为 " + a.status() + "，不能执行此操作",
                        "The account is " + a.status() + "; " + action + " needs " + from);
            }
            accounts.setStatus(c, id, to, now);
            if (to == AccountStatus.DISABLED) {
                tokens.revokeAll(c, id, now, null);
            }
            return accounts.findById(c, id).orElseThrow();
        });
        audit.record(actor.username(), action, "account", id, List.of("status"), ip, Auditor.SUCCESS);
        return result;
    }

    public Account unlock(Caller actor, String id, String ip) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
        Instant now = clock.instant();
        Account result = db.inTransaction(c -> {
            Account a = accounts.findById(c, id).orElseThrow(() -> AccessRules.notFound(id));
            AccessRules.mayActOn(actor, a, accounts.permissions(c, id));
            accounts.unlock(c, id, now);
            return accounts.findById(c, id).orElseThrow();
        });
        audit.record(actor.username(), "unlock", "account", id, List.of("failedAttempts", "lockedUntil"), ip,
                Auditor.SUCCESS);
        return result;
    }

    /** Finds an account by username for the console (which acts as an administrator). */
    public Account byUsername(String username) {
        String name = Usernames.normalize(username);
        return db.withConnection(c -> accounts.findByUsername(c, name))
                .orElseThrow(() -> ProblemException.notFound("账号不存在", "No account " + name));
    }

    /** The permissions the named roles carry; unknown roles are a 400 naming {@code roles}. */
    Set<String> permissionsOf(Connection c, List<String> roleNames) throws SQLException {
        Set<String> out = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : roleNames) {
            roles.find(c, name).ifPresentOrElse(r -> out.addAll(r.permissions()), () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(List.of(FieldError.of("roles", "unknown-role",
                    "角色不存在：" + String.join(", ", unknown), "Unknown roles: " + String.join(", ", unknown))));
        }
        return out;
    }
}
