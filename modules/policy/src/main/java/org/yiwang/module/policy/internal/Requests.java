package org.yiwang.module.policy.internal;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.ledger.Ledger;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.service.ServiceCategory;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/**
 * Consultations about a published policy and applications for its benefit, each a service record
 * in the kernel ledger (module {@code policy}, {@code sourceRef} {@code consultation-<id>} or
 * {@code application-<id>}). A consultation is category {@code policy-consulting}; an application
 * takes the policy's first service category (financing, technology support, …). The region is the
 * enterprise's; the provider the platform unit of the acting staff's region, or of the enterprise's
 * region when it asks online. The record stays open until the ledger completes it, except a
 * consultation answered on the spot by staff (completed at once with the answer as outcome).
 */
@Component(service = Requests.class)
public final class Requests {

    static final Set<String> CHANNELS = Set.of("ONLINE", "OFFLINE", "HOTLINE", "ON_SITE");
    static final String CONSULTATION = "CONSULTATION";
    static final String APPLICATION = "APPLICATION";

    private final Database db;
    private final PolicyService policies;
    private final EnterpriseSnapshot enterprises;
    private final Ledger ledger;
    private final Audit audit;
    private final Clock clock;

    @Activate
    public Requests(@Reference PolicySchema schema, @Reference PolicyService policies,
                    @Reference EnterpriseSnapshot enterprises, @Reference Ledger ledger, @Reference AuditLog auditLog) {
        this(schema.db(), policies, enterprises, ledger, auditLog, Clock.systemUTC());
    }

    Requests(Database db, PolicyService policies, EnterpriseSnapshot enterprises, Ledger ledger, AuditLog auditLog,
             Clock clock) {
        this.db = db;
        this.policies = policies;
        this.enterprises = enterprises;
        this.ledger = ledger;
        this.audit = new Audit(auditLog, clock);
        this.clock = clock;
    }

    PolicyRequest submit(Caller caller, long policyId, String kind, RequestInput body) {
        Access.loggedIn(caller);
        boolean self = Access.enterprise(caller);
        if (!self && !Access.staff(caller, PolicyModule.MATCH)) {
            throw Problems.forbidden("只有企业本身或窗口工作人员可以提交", "Only the enterprise or window staff may do this");
        }
        Policy p = policies.load(policyId);
        if (p.status() != Status.PUBLISHED) {
            throw Access.isPublic(p) ? Problems.illegal(policyId, p.status(), kind.toLowerCase(Locale.ROOT))
                    : Problems.notFound(policyId);
        }
        RequestInput in = body == null ? new RequestInput(null, null, null, null) : body;
        Problems.Errors e = new Problems.Errors();
        String uscc = self ? caller.uscc() : uscc(e, in.uscc());
        String text = e.text("text", in.text(), true, 2000);
        String answer = e.text("answer", in.answer(), false, 2000);
        if (answer != null && (self || !kind.equals(CONSULTATION))) {
            e.add("answer", "not-allowed", "只有工作人员答复咨询时可填写答复", "answer is for staff answering a consultation");
        }
        String channel = in.channel() == null || in.channel().isBlank() ? (self ? "ONLINE" : "HOTLINE")
                : in.channel().strip();
        if (!CHANNELS.contains(channel)) {
            e.add("channel", "enum", "渠道须为 " + CHANNELS, "channel must be one of " + CHANNELS);
        }
        e.check();
        String region = enterprises.enterprise(uscc).map(Enterprise::regionCode)
                .orElse(RegionRegistry.bundled().isCurrent(uscc.substring(2, 8)) ? uscc.substring(2, 8) : null);
        if (region == null) {
            throw ProblemException.unprocessable("无法确定企业所在地区：企业库中没有 " + uscc,
                    "The enterprise's region is unknown: " + uscc + " is not in the SME database");
        }
        if (!self && !caller.covers(region)) {
            throw Problems.forbidden("企业 " + uscc + " 不在您的管辖范围内", "Enterprise " + uscc + " is outside your region");
        }
        String unit = self ? region : caller.regionCode() == null ? region : caller.regionCode();
        String category = kind.equals(CONSULTATION) ? ServiceCategory.POLICY_CONSULTING.code() : p.categories().get(0);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String actor = Access.actor(caller);
        PolicyRequest r = db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_request (policy_id, kind, uscc, region_code,"
                    + " text, channel, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(ps, Arrays.asList(policyId, kind, uscc, region, text, channel, now, actor));
                id = Sql.insert(ps);
            }
            String title = (kind.equals(CONSULTATION) ? "政策咨询：" : "政策申报：") + p.title();
            ServiceRecord rec = ledger.record(caller, new NewServiceRecord(uscc, region, PolicyModule.ID, category, channel,
                    new Provider(Provider.Kind.PLATFORM_UNIT, unit, CriteriaText.regionName(unit) + "中小企业服务窗口"),
                    title.length() > 200 ? title.substring(0, 200) : title,
                    kind.toLowerCase(Locale.ROOT) + "-" + id, now, answer == null ? null : now,
                    answer == null ? null : now, answer));
            try (PreparedStatement ps = c.prepareStatement("UPDATE policy_request SET ledger_record_id = ? WHERE id = ?")) {
                ps.setString(1, rec.id());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return new PolicyRequest(id, policyId, kind, uscc, region, text, channel, rec.id(), rec.status().name(), now,
                    actor);
        });
        audit.record(actor, kind.toLowerCase(Locale.ROOT), "policy", policyId, List.of("requests"));
        return r;
    }

    private static String uscc(Problems.Errors e, String raw) {
        if (raw == null || raw.isBlank()) {
            e.add("uscc", "required", "代企业提交时必须填写统一社会信用代码", "uscc is required when staff act for an enterprise");
            return null;
        }
        UsccResult r = Uscc.validate(raw, Uscc.Mode.STRICT);
        if (!r.valid()) {
            e.add("uscc", "uscc-" + r.failedStep().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "统一社会信用代码不合法：" + r.detail(), "Invalid USCC: " + r.detail());
        }
        return r.normalized();
    }
}
