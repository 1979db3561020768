package org.yiwang.kernel.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Authenticator;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.InstitutionAccounts;

/**
 * The identity service: migrates its tables, wires the account, role, login, password and
 * registration services, creates the first administrator from the environment if asked, and is
 * the platform's {@link Authenticator}.
 */
@Component(service = {IdentityService.class, Authenticator.class, InstitutionAccounts.class}, configurationPid = "org.yiwang.identity",
        immediate = true)
@Designate(ocd = IdentityConfig.class)
public final class IdentityService implements Authenticator, InstitutionAccounts {

    public static final String MODULE_ID = "identity";
    private static final Logger LOG = LoggerFactory.getLogger(IdentityService.class);

    private final Database db;
    private final Clock clock;
    private final AtomicReference<IdentitySettings> settings = new AtomicReference<>();
    private final AtomicReference<PasswordHasher> hasher = new AtomicReference<>();
    private final SecureRandom random = new SecureRandom();
    private final AccountStore accountStore = new AccountStore();
    private final TokenStore tokenStore = new TokenStore(random);
    private final LoginService logins;
    private final PasswordService passwords;
    private final AccountService accounts;
    private final RoleService roles;
    private final RegistrationService registrations;
    private final AdminBootstrap bootstrap;
    private final InstitutionAccountService institutions;
    private final DefaultGrants grants;

    @Activate
    public IdentityService(@Reference Database db, @Reference AuditLog auditLog, IdentityConfig config) {
        this(db, auditLog, IdentitySettings.from(config), Clock.systemUTC(), System.getenv());
    }

    /** For tests: settings, clock and environment given. */
    IdentityService(Database db, AuditLog auditLog, IdentitySettings initial, Clock clock, Map<String, String> env) {
        this.db = db;
        this.clock = clock;
        apply(initial);
        db.migrate(MODULE_ID, IdentityService.class);
        Auditor audit = new Auditor(auditLog, clock);
        RoleStore roleStore = new RoleStore();
        logins = new LoginService(db, accountStore, tokenStore, settings::get, hasher::get, audit, clock);
        passwords = new PasswordService(db, accountStore, tokenStore, logins, settings::get, hasher::get, audit, clock);
        accounts = new AccountService(db, accountStore, roleStore, tokenStore, hasher::get, audit, clock);
        roles = new RoleService(db, roleStore, audit, clock);
        registrations = new RegistrationService(db, accounts, accountStore, roleStore, new RegistrationStore(),
                hasher::get, audit, clock);
        institutions = new InstitutionAccountService(db, accounts, accountStore, roleStore, tokenStore, hasher::get,
                audit, clock);
        grants = new DefaultGrants(db, audit, clock);
        bootstrap = new AdminBootstrap(db, accounts, accountStore, roleStore, hasher::get, audit, clock);
        bootstrap.fromEnvironment(env);
    }

    /** A module arrived: its permissions go to the default roles it names, the first time only. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "moduleGone")
    void moduleArrived(ModuleDescriptor module) {
        try {
            for (DefaultGrants.Grant g : grants.apply(module.id(), module.permissions())) {
                LOG.info("Module {}: role {} granted {}", module.id(), g.role(), g.permission());
            }
        } catch (RuntimeException e) {
            LOG.warn("Module {}: default grants not made ({})", module.id(), e.toString());
        }
    }

    void moduleGone(ModuleDescriptor module) {
        // grants stay: uninstalling a module keeps its data, and its roles' permissions are data too
    }

    DefaultGrants grants() {
        return grants;
    }

    @Modified
    void modified(IdentityConfig config) {
        apply(IdentitySettings.from(config));
    }

    private void apply(IdentitySettings s) {
        if (s.passwordIterations() < IdentitySettings.SAFE_MINIMUM_ITERATIONS) {
            LOG.warn("org.yiwang.identity: passwordIterations {} is below the safe minimum {}",
                    s.passwordIterations(), IdentitySettings.SAFE_MINIMUM_ITERATIONS);
        }
        settings.set(s);
        hasher.set(new PasswordHasher(random, s.passwordIterations()));
    }

    /** Token → caller; empty for unknown, expired, revoked or garbled tokens and for inactive or locked accounts. */
    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        if (!TokenStore.wellFormed(bearerToken)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return db.withConnection(c -> {
            Optional<String> id = tokenStore.accountOf(c, bearerToken, now);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            Optional<Account> found = accountStore.findById(c, id.get());
            if (found.isEmpty() || found.get().status() != AccountStatus.ACTIVE || found.get().lockedAt(now)) {
                return Optional.empty();
            }
            Account a = found.get();
            return Optional.of(new Caller(a.id(), a.username(), a.kind(),
                    a.kind() == AccountKind.STAFF ? a.regionCode() : null,
                    a.kind() == AccountKind.ENTERPRISE ? a.uscc() : null, accountStore.permissions(c, a.id()),
                    a.kind() == AccountKind.INSTITUTION ? a.institutionId() : null));
        });
    }

    @Override
    public String createPending(String username, String password, String displayName, String institutionId,
                                String regionCode) {
        return institutions.createPending(username, password, displayName, institutionId, regionCode);
    }

    @Override
    public void activate(String institutionId) {
        institutions.activate(institutionId);
    }

    @Override
    public void disable(String institutionId) {
        institutions.disable(institutionId);
    }

    public IdentitySettings settings() {
        return settings.get();
    }

    public LoginService logins() {
        return logins;
    }

    public PasswordService passwords() {
        return passwords;
    }

    public AccountService accounts() {
        return accounts;
    }

    public RoleService roles() {
        return roles;
    }

    public RegistrationService registrations() {
        return registrations;
    }

    public AdminBootstrap bootstrap() {
        return bootstrap;
    }
}
