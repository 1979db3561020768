package org.yiwang.kernel.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/**
 * Enterprise self-registration: a PENDING enterprise account that cannot log in until staff with
 * {@code identity.accounts.manage} covering the USCC's region approve it (it then gets the role
 * {@code enterprise-user}) or reject it with a reason.
 */
public final class RegistrationService {

    static final String ENTERPRISE_ROLE = "enterprise-user";

    private final Database db;
    private final AccountService accountService;
    private final AccountStore accounts;
    private final RoleStore roles;
    private final RegistrationStore registrations;
    private final Supplier<PasswordHasher> hasher;
    private final Auditor audit;
    private final Clock clock;

    RegistrationService(Database db, AccountService accountService, AccountStore accounts, RoleStore roles,
                        RegistrationStore registrations, Supplier<PasswordHasher> hasher, Auditor audit, Clock clock) {
        this.db = db;
        this.accountService = accountService;
        this.accounts = accounts;
        this.roles = roles;
        this.registrations = registrations;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public Registration register(RegistrationRequest b, String ip) {
        if (b == null) {
            throw ProblemException.invalid(List.of(FieldError.of("body", "required", "缺少请求体", "a body is required")));
        }
        List<FieldError> errors = new ArrayList<>(Usernames.check("username", b.username()));
        String username = Usernames.normalize(b.username());
        errors.addAll(PasswordPolicy.check("password", username, b.password()));
        UsccResult uscc = Uscc.validate(b.uscc(), Uscc.Mode.STRICT);
        if (!uscc.valid()) {
            errors.add(Fields.uscc("uscc", uscc));
        }
        Fields.required(errors, "name", b.name());
        Fields.maxLength(errors, "name", b.name(), 200);
        Fields.required(errors, "contact", b.contact());
        Fields.maxLength(errors, "contact", b.contact(), 200);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        String region = uscc.parts().regionCode();
        PasswordHash pw = hasher.get().hash(b.password());
        Registration r = db.inTransaction(c -> {
            Account a = new Account(UUID.randomUUID().toString(), username, AccountKind.ENTERPRISE,
                    AccountStatus.PENDING, b.name().strip(), region, null, uscc.normalized(), null, List.of(), 0, null,
                    null, now, now);
            accountService.insertNew(c, a, pw);
            Registration reg = new Registration(UUID.randomUUID().toString(), a.id(), username, uscc.normalized(),
                    b.name().strip(), b.contact().strip(), region, RegistrationStatus.PENDING, null, now, null, null);
            registrations.insert(c, reg);
            return reg;
        });
        audit.record(username, "register", "registration", r.id(),
                List.of("username", "password", "uscc", "name", "contact"), ip, Auditor.SUCCESS);
        return r;
    }

    public Page<Registration> list(Caller actor, RegistrationStatus status, PageRequest page) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
        boolean admin = actor.kind() == AccountKind.ADMIN;
        if (!admin && actor.regionCode() == null) {
            return Page.of(List.of(), 0, page);
        }
        String prefix = admin ? null : RegionScope.prefix(actor.regionCode());
        return db.withConnection(c -> registrations.list(c, status, prefix, page));
    }

    public Registration approve(Caller actor, String id, String ip) {
        return decide(actor, id, RegistrationStatus.APPROVED, null, ip);
    }

    public Registration reject(Caller actor, String id, String reason, String ip) {
        List<FieldError> errors = new ArrayList<>();
        Fields.required(errors, "reason", reason);
        Fields.maxLength(errors, "reason", reason, 500);
        if (!errors.isEmpty()) {
            AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
            throw ProblemException.invalid(errors);
        }
        return decide(actor, id, RegistrationStatus.REJECTED, reason.strip(), ip);
    }

    private Registration decide(Caller actor, String id, RegistrationStatus decision, String reason, String ip) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ACCOUNTS);
        Instant now = clock.instant();
        Registration result = db.inTransaction(c -> {
            Registration r = registrations.find(c, id).filter(x -> actor.covers(x.regionCode()))
                    .orElseThrow(() -> ProblemException.notFound("注册申请不存在", "No registration " + id));
            if (r.status() != RegistrationStatus.PENDING) {
                throw ProblemException.conflict("该申请已处理", "The registration is already " + r.status());
            }
            if (decision == RegistrationStatus.APPROVED) {
                accounts.setStatus(c, r.accountId(), AccountStatus.ACTIVE, now);
                if (roles.find(c, ENTERPRISE_ROLE).isPresent()) {
                    accounts.setRoles(c, r.accountId(), List.of(ENTERPRISE_ROLE));
                }
            } else {
                accounts.setStatus(c, r.accountId(), AccountStatus.REJECTED, now);
            }
            registrations.decide(c, id, decision, reason, now, actor.username());
            return registrations.find(c, id).orElseThrow();
        });
        String action = decision == RegistrationStatus.APPROVED ? "approve" : "reject";
        List<String> fields = decision == RegistrationStatus.APPROVED ? List.of("status") : List.of("status", "reason");
        audit.record(actor.username(), action, "registration", id, fields, ip, Auditor.SUCCESS);
        return result;
    }
}
