package org.yiwang.kernel.enterprises.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseDirectory;
import org.yiwang.kernel.api.enterprise.EnterpriseQuery;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.uscc.Uscc;

/**
 * The SME database: validated create / update / delete of profiles, lookup and search. Owns the
 * {@code enterprises} schema (migrated on activation). Every write runs in one transaction, so a
 * refused write changes nothing.
 */
@Component(service = {EnterpriseService.class, EnterpriseDirectory.class})
public final class EnterpriseService implements EnterpriseDirectory {

    static final String MODULE_ID = "enterprises";
    private static final Logger LOG = LoggerFactory.getLogger(EnterpriseService.class);

    private final Database db;
    private final Clock clock;
    private final EnterpriseValidator validator;
    private final EnterpriseStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    @Activate
    public EnterpriseService(@Reference Database db) {
        this(db, Clock.systemUTC());
    }

    EnterpriseService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.validator = EnterpriseValidator.bundled(clock);
        this.store = new EnterpriseStore(db);
        db.migrate(MODULE_ID, EnterpriseService.class);
    }

    @Override
    public Optional<Enterprise> find(String uscc) {
        return store.find(Uscc.normalize(uscc));
    }

    /** The profile, or a 404 problem. */
    public Enterprise get(String uscc) {
        return find(uscc).orElseThrow(() -> notFound(uscc));
    }

    @Override
    public Page<Enterprise> search(EnterpriseQuery query, PageRequest page) {
        return store.search(filter(query), page);
    }

    /** Validates the query's filters (400 on a bad one) before anything is streamed. */
    public SearchFilter filter(EnterpriseQuery query) {
        return SearchFilter.of(query == null ? EnterpriseQuery.ALL : query, RegionRegistry.bundled(),
                IndustryCatalog.bundled(), validator.today());
    }

    /** Every enterprise matching a validated filter, in USCC order, in chunks. */
    public void scan(SearchFilter filter, Consumer<List<Enterprise>> sink) {
        store.scan(filter, 500, sink);
    }

    @Override
    public void scan(Instant changedSince, Consumer<Enterprise> sink) {
        store.scanChanged(changedSince, 1000, sink);
    }

    /** For tests outside OSGi. */
    void use(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    /** Posts {@code topic} ({@link #CHANGED} or {@link #DELETED}) for committed writes; nothing without EventAdmin. */
    void posted(String topic, Collection<String> usccs) {
        EventAdmin admin = eventAdmin;
        if (admin != null && !usccs.isEmpty()) {
            admin.postEvent(new Event(topic, Map.of(USCCS, usccs.toArray(String[]::new))));
        }
    }

    /** Stores a new profile; 400 on invalid fields, 409 when the USCC is already stored. */
    public Enterprise create(Enterprise input) {
        Enterprise e = validOrThrow(input);
        Instant now = now();
        db.inTransaction(c -> {
            if (store.find(e.uscc()).isPresent()) {
                throw ProblemException.conflict("统一社会信用代码 " + e.uscc() + " 已存在",
                        "An enterprise with USCC " + e.uscc() + " already exists");
            }
            try {
                store.insert(c, e, now);
            } catch (SQLException ex) {
                if ("23505".equals(ex.getSQLState())) {
                    throw ProblemException.conflict("统一社会信用代码 " + e.uscc() + " 已存在",
                            "An enterprise with USCC " + e.uscc() + " already exists");
                }
                throw ex;
            }
            return null;
        });
        LOG.info("Enterprise {} created", e.uscc());
        posted(CHANGED, List.of(e.uscc()));
        return get(e.uscc());
    }

    /**
     * Replaces a profile. {@code input.version()} must be the stored version (409 otherwise); the
     * USCC in the body, if given, must be the one in the path.
     */
    public Enterprise update(String uscc, Enterprise input) {
        String key = Uscc.normalize(uscc);
        List<FieldError> errors = new ArrayList<>();
        if (input.uscc() != null && !input.uscc().isBlank() && !Uscc.normalize(input.uscc()).equals(key)) {
            Messages.add(errors, Fields.USCC, "matches-path", "请求体中的统一社会信用代码与路径不一致",
                    "uscc in the body differs from the one in the path");
        }
        if (input.version() == null || input.version() < 1) {
            Messages.add(errors, "version", "required", "更新时必须提供读取到的 version",
                    "version (as read) is required for an update");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Enterprise e = validOrThrow(withUscc(input, key));
        Instant now = now();
        db.inTransaction(c -> {
            if (!store.update(c, e, input.version(), now)) {
                Enterprise current = store.find(key).orElseThrow(() -> notFound(key));
                throw ProblemException.conflict("该企业已被他人修改（当前版本 " + current.version() + "），请刷新后重试",
                        "The enterprise was changed meanwhile (now version " + current.version() + "); reload and retry");
            }
            return null;
        });
        LOG.info("Enterprise {} updated", key);
        posted(CHANGED, List.of(key));
        return get(key);
    }

    /** Deletes a profile with its lists; 404 when there is none. */
    public void delete(String uscc) {
        String key = Uscc.normalize(uscc);
        boolean deleted = db.inTransaction(c -> store.delete(c, key));
        if (!deleted) {
            throw notFound(key);
        }
        LOG.info("Enterprise {} deleted", key);
        posted(DELETED, List.of(key));
    }

    EnterpriseValidator validator() {
        return validator;
    }

    EnterpriseStore store() {
        return store;
    }

    Database database() {
        return db;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Enterprise validOrThrow(Enterprise input) {
        List<FieldError> errors = new ArrayList<>();
        Enterprise e = validator.validate(input, errors);
        if (e == null) {
            throw ProblemException.invalid(errors);
        }
        return e;
    }

    private static Enterprise withUscc(Enterprise e, String uscc) {
        return new Enterprise(uscc, e.name(), e.regionCode(), e.industryCode(), e.sizeClass(), e.employees(),
                e.operatingRevenue(), e.totalAssets(), e.establishedOn(), e.rdExpense(), e.rdRatio(), e.ipClassOne(),
                e.ipTotal(), e.tiers(), e.contacts(), e.tags(), e.createdAt(), e.updatedAt(), e.version());
    }

    private static ProblemException notFound(String uscc) {
        return ProblemException.notFound("没有统一社会信用代码为 " + uscc + " 的企业", "No enterprise with USCC " + uscc);
    }
}
