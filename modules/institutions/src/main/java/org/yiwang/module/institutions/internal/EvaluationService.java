package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.Kpis;
import org.yiwang.kernel.api.ledger.Ledger;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * Periodic evaluation (动态评价): staff score capacity, management and quality; satisfaction is the
 * ledger's satisfaction rate of the institution's records in the period, over every region (read
 * with the module's own system identity, see docs/decisions/0010); the total follows
 * {@link Scoring}. A total below the threshold puts a listed institution under a notice of exit, in
 * the same transaction.
 */
@Component(service = EvaluationService.class)
public final class EvaluationService {

    /** The module reading the ledger KPIs of one provider across all regions; never used for writes. */
    static final Caller LEDGER_READER = new Caller("system:institutions", "system:institutions", AccountKind.ADMIN,
            null, null, Set.of());
    static final int MAX_PERIOD_DAYS = 3 * 366;
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);

    private final RegistryService registry;
    private final ExitService exit;
    private final Ledger ledger;
    private final InstitutionEvents events;
    private final Database db;
    private final EvaluationStore store = new EvaluationStore();

    @Activate
    public EvaluationService(@Reference RegistryService registry, @Reference ExitService exit,
                             @Reference Ledger ledger, @Reference InstitutionEvents events) {
        this.registry = registry;
        this.exit = exit;
        this.ledger = ledger;
        this.events = events;
        this.db = registry.db();
    }

    EvaluationSettings settings() {
        return db.withConnection(store::settings);
    }

    EvaluationSettings putSettings(Caller caller, EvaluationSettings body) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        int sum = 0;
        for (String field : List.of("capacityWeight", "managementWeight", "qualityWeight", "satisfactionWeight")) {
            Integer w = switch (field) {
                case "capacityWeight" -> body.capacityWeight();
                case "managementWeight" -> body.managementWeight();
                case "qualityWeight" -> body.qualityWeight();
                default -> body.satisfactionWeight();
            };
            if (w == null || w < 0 || w > 100) {
                errors.add(field, "range", field + " 须为 0 到 100 的整数", field + " must be an integer from 0 to 100");
            } else {
                sum += w;
            }
        }
        if (!errors.any() && sum != 100) {
            errors.add("weights", "sum", "四项权重之和须为 100（现为 " + sum + "）",
                    "The four weights must sum to 100 (they sum to " + sum + ")");
        }
        if (!errors.any() && body.satisfactionWeight() == 100) {
            errors.add("satisfactionWeight", "range", "满意度权重不能为 100（无评价时无法计分）",
                    "satisfactionWeight cannot be 100 (nothing to score with when there is no rating)");
        }
        BigDecimal threshold = errors.score("threshold", body.threshold());
        if (body.appealDays() == null || body.appealDays() < 1 || body.appealDays() > 90) {
            errors.add("appealDays", "range", "申诉期须为 1 到 90 天", "appealDays must be from 1 to 90");
        }
        errors.check();
        EvaluationSettings clean = new EvaluationSettings(body.capacityWeight(), body.managementWeight(),
                body.qualityWeight(), body.satisfactionWeight(), threshold.setScale(2), body.appealDays(), null, null);
        Instant now = registry.now();
        db.inTransaction(c -> {
            store.saveSettings(c, clean, now, Access.actor(caller));
            return null;
        });
        registry.audit().record(Access.actor(caller), "update", "institution-evaluation-settings", "settings",
                List.of("weights", "threshold", "appealDays"));
        return settings();
    }

    /** Evaluates a listed institution for a period; below the threshold an ADMITTED one gets a notice of exit. */
    Evaluation evaluate(Caller caller, long id, EvaluationRequest body) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        BigDecimal capacity = errors.score("capacity", body.capacity());
        BigDecimal management = errors.score("management", body.management());
        BigDecimal quality = errors.score("quality", body.quality());
        String note = errors.text("note", body.note(), false, 1000);
        LocalDate from = body.periodFrom();
        LocalDate to = body.periodTo();
        if (from == null) {
            errors.add("periodFrom", "required", "必须填写评价期起始日", "periodFrom is required");
        }
        if (to == null) {
            errors.add("periodTo", "required", "必须填写评价期截止日", "periodTo is required");
        }
        Instant now = registry.now();
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("periodTo", "after-from", "截止日不能早于起始日", "periodTo must not be before periodFrom");
            } else if (to.toEpochDay() - from.toEpochDay() > MAX_PERIOD_DAYS) {
                errors.add("periodTo", "range", "评价期最长三年", "The period is at most three years");
            }
            if (from.isAfter(LocalDate.ofInstant(now, ExitService.ZONE))) {
                errors.add("periodFrom", "past", "评价期不能从将来开始", "periodFrom must not be in the future");
            }
        }
        Institution before = registry.load(id, false);
        Access.staff(caller, InstitutionsModule.EVALUATE, id, before.region(), before.status());
        errors.check();
        if (!before.status().listed()) {
            throw Problems.conflict("只能评价在库机构（当前：" + before.status().nameZh() + "）",
                    "Only listed institutions are evaluated; " + id + " is " + before.status());
        }
        Kpis kpis = ledger.kpis(LEDGER_READER, new KpiQuery(null, from.atStartOfDay(ExitService.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ExitService.ZONE).toInstant(), null, String.valueOf(id)));
        BigDecimal satisfaction = kpis.ratings() == 0 ? null : Scoring.satisfaction(kpis.satisfactionRate());
        EvaluationSettings w = settings();
        Scoring.Result r = Scoring.score(w, capacity, management, quality, satisfaction);
        String by = Access.actor(caller);
        Evaluation draft = new Evaluation(0, id, from, to, capacity.setScale(2), management.setScale(2),
                quality.setScale(2), r.satisfaction(), kpis.ratings(), w.capacityWeight(), w.managementWeight(),
                w.qualityWeight(), w.satisfactionWeight(), w.threshold(), r.total(), r.passed(), note, now, by);
        boolean noticed = db.inTransaction(c -> {
            InstitutionStore.Row row = registry.row(c, id);
            store.insert(c, draft);
            String summary = "总分 " + r.total() + "（门槛 " + w.threshold() + "）/ total " + r.total()
                    + " (threshold " + w.threshold() + ")";
            registry.store().history(c, id, "EVALUATE", row.status(), row.status(), now, by, summary);
            if (!r.passed() && row.status() == Status.ADMITTED) {
                exit.notice(c, registry.row(c, id), now, by, "评价总分 " + r.total() + " 低于门槛 " + w.threshold()
                        + " / evaluation total " + r.total() + " below the threshold " + w.threshold());
                return true;
            }
            return false;
        });
        Evaluation saved = db.withConnection(c -> store.list(c, id)).get(0);
        Institution after = registry.load(id, false);
        registry.audit().record(by, "evaluate", "institution", id, List.of("evaluation"));
        events.post("EVALUATED", after, java.util.Map.of("total", r.total().toPlainString(), "passed", r.passed()));
        if (noticed) {
            registry.audit().record(by, Transition.NOTICE.path(), "institution", id, List.of("status", "statusReason"));
            events.post(Transition.NOTICE.event(), after);
        }
        LOG.info("Institution {} evaluated by {}: total {} ({})", id, by, r.total(), r.passed() ? "passed" : "below threshold");
        return saved;
    }

    /** The evaluations of an institution: its own accounts and staff of its region. */
    List<Evaluation> list(Caller caller, long id) {
        Institution i = registry.load(id, false);
        Access.visible(caller, id, i.region(), i.status());
        if (!Access.privileged(caller, id, i.region())) {
            Access.loggedIn(caller);
            throw Problems.forbidden("评价结果仅机构本身和工作人员可见", "Evaluations are for the institution and staff");
        }
        return db.withConnection(c -> store.list(c, id));
    }
}
