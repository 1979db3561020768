package org.yiwang.kernel.identity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.InstitutionAccounts;

/**
 * Accounts of service institutions for the institution registry module: created pending with the
 * application, activated (role {@code institution-user}) on admission, disabled on removal. Runs
 * in the caller's transaction when there is one.
 */
final class InstitutionAccountService implements InstitutionAccounts {

    static final String INSTITUTION_ROLE = "institution-user";

    private final Database db;
    private final AccountService accountService;
    private final AccountStore accounts;
    private final RoleStore roles;
    private final TokenStore tokens;
    private final Supplier<PasswordHasher> hasher;
    private final Auditor audit;
    private final Clock clock;

    InstitutionAccountService(Database db, AccountService accountService, AccountStore accounts, RoleStore roles,
                              TokenStore tokens, Supplier<PasswordHasher> hasher, Auditor audit, Clock clock) {
        this.db = db;
        this.accountService = accountService;
        this.accounts = accounts;
        this.roles = roles;
        this.tokens = tokens;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String createPending(String username, String password, String displayName, String institutionId,
                                String regionCode) {
        List<FieldError> errors = new ArrayList<>(Usernames.check("account.username", username));
        String name = Usernames.normalize(username);
        errors.addAll(PasswordPolicy.check("account.password", name, password));
        if (institutionId == null || institutionId.isBlank() || institutionId.length() > 64) {
            errors.add(FieldError.of("institutionId", "required", "缺少机构标识", "institutionId is required (≤ 64 characters)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        PasswordHash pw = hasher.get().hash(password);
        String id = UUID.randomUUID().toString();
        db.inTransaction(c -> {
            accountService.insertNew(c, new Account(id, name, AccountKind.INSTITUTION, AccountStatus.PENDING,
                    displayName == null ? null : displayName.strip(), regionCode, null, null, institutionId.strip(),
                    List.of(), 0, null, null, now, now), pw);
            return null;
        });
        audit.record(name, "register", "account", id, List.of("username", "password", "institutionId"), null,
                Auditor.SUCCESS);
        return id;
    }

    @Override
    public void activate(String institutionId) {
        Instant now = clock.instant();
        List<String> changed = db.inTransaction(c -> {
            boolean roleExists = roles.find(c, INSTITUTION_ROLE).isPresent();
            List<String> ids = new ArrayList<>();
            for (String id : ofInstitution(c, institutionId)) {
                Account a = accounts.findById(c, id).orElseThrow();
                if (a.status() == AccountStatus.ACTIVE) {
                    continue;
                }
                accounts.setStatus(c, id, AccountStatus.ACTIVE, now);
                if (roleExists && !a.roles().contains(INSTITUTION_ROLE)) {
                    List<String> next = new ArrayList<>(a.roles());
                    next.add(INSTITUTION_ROLE);
                    accounts.setRoles(c, id, next);
                }
                ids.add(id);
            }
            return ids;
        });
        for (String id : changed) {
            audit.record("institutions", "activate", "account", id, List.of("status", "roles"), null, Auditor.SUCCESS);
        }
    }

    @Override
    public void disable(String institutionId) {
        Instant now = clock.instant();
        List<String> changed = db.inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            for (String id : ofInstitution(c, institutionId)) {
                Account a = accounts.findById(c, id).orElseThrow();
                if (a.status() == AccountStatus.DISABLED || a.status() == AccountStatus.REJECTED) {
                    continue;
                }
                accounts.setStatus(c, id, a.status() == AccountStatus.PENDING ? AccountStatus.REJECTED
                        : AccountStatus.DISABLED, now);
                tokens.revokeAll(c, id, now, null);
                ids.add(id);
            }
            return ids;
        });
        for (String id : changed) {
            audit.record("institutions", "disable", "account", id, List.of("status"), null, Auditor.SUCCESS);
        }
    }

    private static List<String> ofInstitution(Connection c, String institutionId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM identity_account WHERE kind = 'INSTITUTION' AND institution_id = ? ORDER BY id")) {
            ps.setString(1, institutionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
