package org.yiwang.module.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/**
 * Precise matching both ways: one enterprise against every published policy (fresh facts from the
 * SME database, each criterion explained), and one policy against every enterprise (the columnar
 * snapshot, scoped to the staff member's region).
 */
@Component(service = MatchService.class)
public final class MatchService {

    private final PolicyService policies;
    private final EnterpriseSnapshot snapshot;
    private final Clock clock;

    @Activate
    public MatchService(@Reference PolicyService policies, @Reference EnterpriseSnapshot snapshot) {
        this(policies, snapshot, Clock.systemUTC());
    }

    MatchService(PolicyService policies, EnterpriseSnapshot snapshot, Clock clock) {
        this.policies = policies;
        this.snapshot = snapshot;
        this.clock = clock;
    }

    /** The enterprise itself, or staff with policy.match covering its region. */
    EnterpriseMatches forEnterprise(Caller caller, String rawUscc) {
        Access.loggedIn(caller);
        String uscc = rawUscc == null || rawUscc.isBlank() ? (Access.enterprise(caller) ? caller.uscc() : null)
                : rawUscc.strip().toUpperCase(java.util.Locale.ROOT);
        if (uscc == null) {
            throw ProblemException.invalid(List.of(org.yiwang.kernel.api.problem.FieldError.of("enterprise", "required",
                    "必须填写企业的统一社会信用代码", "enterprise (a USCC) is required")));
        }
        UsccResult check = Uscc.validate(uscc, Uscc.Mode.LENIENT);
        if (!check.valid()) {
            throw ProblemException.invalid(List.of(org.yiwang.kernel.api.problem.FieldError.of("enterprise", "uscc",
                    "统一社会信用代码不合法：" + check.detail(), "Invalid USCC: " + check.detail())));
        }
        uscc = check.normalized();
        boolean self = Access.enterprise(caller) && caller.uscc().equals(uscc);
        if (!self && !Access.staff(caller, PolicyModule.MATCH)) {
            throw Problems.forbidden("只能查看本企业的匹配政策", "An enterprise sees only its own matches");
        }
        String code = uscc;
        Enterprise e = snapshot.enterprise(code).orElseThrow(() -> snapshot.directory().isEmpty() ? Problems.noDirectory()
                : ProblemException.notFound("企业库中没有该企业：" + code, "No enterprise " + code + " in the SME database"));
        if (!self && !caller.covers(e.regionCode())) {
            throw ProblemException.notFound("企业库中没有该企业：" + code, "No enterprise " + code + " in the SME database");
        }
        Facts f = Facts.of(e);
        LocalDate day = Days.today(clock);
        List<PolicyMatch> items = new ArrayList<>();
        for (PublishedPolicies.Entry p : policies.published().current(day)) {
            Verdict v = p.criteria().verdict(f, day);
            if (v != Verdict.NOT_MET) {
                items.add(new PolicyMatch(p.summary(), v, Eligibility.explain(p.criteria(), p.regions(), f, day)));
            }
        }
        items.sort(Comparator.comparing((PolicyMatch m) -> m.verdict() != Verdict.MET)
                .thenComparing(m -> m.policy().issuedOn(), Comparator.reverseOrder())
                .thenComparing(m -> m.policy().id()));
        int met = (int) items.stream().filter(m -> m.verdict() == Verdict.MET).count();
        return new EnterpriseMatches(uscc, e.name(), day, items, items.size(), met);
    }

    /** The enterprises of the caller's region a policy matches (any state: staff preview drafts). */
    MatchPage forPolicy(Caller caller, long id, PageRequest page) {
        Access.require(caller, PolicyModule.MATCH);
        Policy p = Access.visible(caller, policies.load(id));
        String scope = caller.kind() == AccountKind.ADMIN ? null : caller.regionCode();
        Matched m = snapshot.match(Policies.compile(p), Days.today(clock), scope);
        List<MatchedEnterprise> items = new ArrayList<>();
        for (String uscc : m.usccs(page.offset(), page.size())) {
            Enterprise e = snapshot.enterprise(uscc).orElse(null);
            items.add(e == null ? new MatchedEnterprise(uscc, null, null, null, null)
                    : new MatchedEnterprise(uscc, e.name(), e.regionCode(), e.industryCode(), e.sizeClass()));
        }
        return new MatchPage(items, m.total(), page.page(), page.size(), m.unknown());
    }
}
