package org.yiwang.module.demands.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.RegionScope;
import org.yiwang.kernel.standards.service.ServiceCategory;

/**
 * Routing rules and SLA deadlines, as staff configure them ({@code demands.configure}). Staff see
 * and change only rules for regions in their subtree, pointing to windows in it; SLA deadlines
 * apply platform-wide.
 */
@Component(service = RoutingService.class)
public final class RoutingService {

    static final int MAX_HOURS = 24 * 365;

    private final Database db;
    private final Regions regions;
    private final Audit audit;
    private final Clock clock;
    private final ConfigStore store = new ConfigStore();

    @Activate
    public RoutingService(@Reference DemandsSchema schema, @Reference AuditLog auditLog) {
        this(schema, auditLog, Clock.systemUTC());
    }

    RoutingService(DemandsSchema schema, AuditLog auditLog, Clock clock) {
        this.db = schema.db();
        this.regions = Regions.bundled();
        this.audit = new Audit(auditLog, clock);
        this.clock = clock;
    }

    Regions regions() {
        return regions;
    }

    /** The responsible window of a new demand. */
    Window route(String region, String category) {
        return Router.route(db.withConnection(store::routes), region, category, regions);
    }

    /** The window of a region: the name a rule gives it, else the region's default window. */
    Window windowFor(String region) {
        return db.withConnection(store::routes).stream().filter(r -> r.windowRegion().equals(region))
                .findFirst().map(r -> new Window(region, r.windowName())).orElseGet(() -> regions.windowOf(region));
    }

    List<Route> routes(Caller caller) {
        return db.withConnection(store::routes).stream()
                .filter(r -> inScope(caller, r.regionPrefix())).toList();
    }

    Route addRoute(Caller caller, NewRoute body) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        String prefix = errors.text("regionPrefix", body.regionPrefix(), true, 6);
        if (prefix != null && !prefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
            errors.add("regionPrefix", "pattern", "区划前缀须为 2、4 或 6 位数字",
                    "regionPrefix must be 2, 4 or 6 digits (province, prefecture, county)");
        }
        String category = body.category() == null || body.category().isBlank() ? null : body.category().strip();
        if (category != null && ServiceCategory.byCode(category).isEmpty()) {
            errors.add("category", "known", "未知的服务类别：" + category, "Unknown service category " + category);
        }
        String window = errors.text("windowRegion", body.windowRegion(), true, 6);
        if (window != null && !regions.isCurrent(window)) {
            errors.add("windowRegion", "known", "不是现行行政区划代码：" + window, "Not a current region code: " + window);
        }
        String name = errors.text("windowName", body.windowName(), true, 100);
        int priority = body.priority() == null ? 0 : body.priority();
        if (priority < 0 || priority > 1000) {
            errors.add("priority", "range", "优先级须在 0 到 1000 之间", "priority must be between 0 and 1000");
        }
        errors.check();
        if (!inScope(caller, prefix) || !caller.covers(window)) {
            throw Problems.forbidden("分派规则的区划和窗口必须在您的管辖范围内",
                    "The rule's regions and window must lie in your region");
        }
        NewRoute clean = new NewRoute(prefix, category, window, name, priority);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = db.inTransaction(c -> store.addRoute(c, clean, priority, now, Access.actor(caller)));
        audit.record(Access.actor(caller), "create", "demand-route", id,
                List.of("regionPrefix", "category", "windowRegion", "windowName", "priority"));
        return new Route(id, prefix, category, window, name, priority, now, Access.actor(caller));
    }

    void deleteRoute(Caller caller, long id) {
        Route r = routes(caller).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> ProblemException.notFound("没有编号为 " + id + " 的分派规则", "No routing rule " + id));
        db.inTransaction(c -> store.deleteRoute(c, r.id()));
        audit.record(Access.actor(caller), "delete", "demand-route", id, List.of());
    }

    SlaSettings sla() {
        return db.withConnection(store::sla);
    }

    SlaSettings putSla(Caller caller, SlaSettings body) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        hours(errors, "defaultHours", body.defaultHours());
        Integer percent = body.reminderPercent();
        if (percent == null || percent < 1 || percent > 99) {
            errors.add("reminderPercent", "range", "提醒点须为期限的 1% 到 99%", "reminderPercent must be 1 to 99");
        }
        for (Map.Entry<String, Integer> e : body.categories().entrySet()) {
            if (ServiceCategory.byCode(e.getKey()).isEmpty()) {
                errors.add("categories." + e.getKey(), "known", "未知的服务类别：" + e.getKey(),
                        "Unknown service category " + e.getKey());
            }
            hours(errors, "categories." + e.getKey(), e.getValue());
        }
        errors.check();
        db.inTransaction(c -> {
            store.replaceSla(c, body);
            return null;
        });
        audit.record(Access.actor(caller), "update", "demand-sla", "sla", List.of("defaultHours", "reminderPercent",
                "categories"));
        return sla();
    }

    private static void hours(Problems.Errors errors, String field, Integer hours) {
        if (hours == null || hours < 1 || hours > MAX_HOURS) {
            errors.add(field, "range", "时限须在 1 到 " + MAX_HOURS + " 小时之间",
                    field + " must be between 1 and " + MAX_HOURS + " hours");
        }
    }

    private static boolean inScope(Caller caller, String prefix) {
        if (caller.kind() == AccountKind.ADMIN) {
            return true;
        }
        return caller.regionCode() != null && prefix.startsWith(RegionScope.prefix(caller.regionCode()));
    }
}
