package org.yiwang.module.institutions.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.security.Caller;

/**
 * Exit (出库): a notice of exit with an appeal deadline ({@code appealDays} of the evaluation
 * settings), the institution's appeal inside the window, the staff's decision on it, and the sweep
 * run by {@link ExitJob}: notices for expired required qualifications, removal once a deadline
 * passed without an appeal.
 */
@Component(service = ExitService.class)
public final class ExitService {

    static final String SYSTEM = "system";
    /** Qualification dates are days in China time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(ExitService.class);

    /** Ids of the institutions noticed and removed in one pass. */
    record Result(List<Long> noticed, List<Long> removed) {
    }

    private final RegistryService registry;
    private final InstitutionEvents events;
    private final Database db;
    private final EvaluationStore settings = new EvaluationStore();

    @Activate
    public ExitService(@Reference RegistryService registry, @Reference InstitutionEvents events) {
        this.registry = registry;
        this.events = events;
        this.db = registry.db();
    }

    /** Inside the caller's transaction: ADMITTED → NOTICE_OF_EXIT with the deadline now + appealDays. */
    void notice(Connection c, InstitutionStore.Row row, Instant now, String actor, String reason) throws SQLException {
        Instant deadline = now.plus(Duration.ofDays(settings.settings(c).appealDays()));
        registry.lifecycle().move(c, row, Transition.NOTICE, now, actor, reason, Map.of("appeal_deadline", deadline));
    }

    /** Staff issue a notice of exit themselves (e.g. after a serious complaint); reason required. */
    Institution noticeByStaff(Caller caller, long id, ReasonRequest body) {
        Problems.Errors errors = new Problems.Errors();
        String reason = errors.text("reason", body == null ? null : body.reason(), true, 1000);
        Instant now = registry.now();
        db.inTransaction(c -> {
            InstitutionStore.Row row = registry.row(c, id);
            Access.staff(caller, InstitutionsModule.EVALUATE, id, row.region(), row.status());
            errors.check();
            notice(c, row, now, Access.actor(caller), reason);
            return null;
        });
        return after(Access.actor(caller), id, Transition.NOTICE);
    }

    /** The institution appeals, before the deadline (409 after it, or when there is no notice). */
    Institution appeal(Caller caller, long id, AppealRequest body) {
        Problems.Errors errors = new Problems.Errors();
        String text = errors.text("text", body == null ? null : body.text(), true, 4000);
        Instant now = registry.now();
        db.inTransaction(c -> {
            InstitutionStore.Row row = registry.row(c, id);
            Access.itself(caller, id, row.region(), row.status());
            errors.check();
            if (row.status() == Status.NOTICE_OF_EXIT && !now.isBefore(row.appealDeadline())) {
                throw Problems.conflict("申诉期已于 " + row.appealDeadline() + " 结束",
                        "The appeal window closed at " + row.appealDeadline());
            }
            registry.lifecycle().move(c, row, Transition.APPEAL, now, Access.actor(caller), text,
                    Map.of("appeal_text", text));
            return null;
        });
        return after(Access.actor(caller), id, Transition.APPEAL);
    }

    /** Staff decide an appeal: upheld → ADMITTED again, dismissed → REMOVED (accounts disabled). */
    Institution decide(Caller caller, long id, AppealDecision body) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null || body.upheld() == null) {
            errors.add("upheld", "required", "必须说明是否支持申诉", "upheld (true or false) is required");
        }
        String reason = errors.text("reason", body == null ? null : body.reason(), true, 1000);
        Transition t = body != null && Boolean.TRUE.equals(body.upheld()) ? Transition.REINSTATE : Transition.REMOVE;
        Instant now = registry.now();
        db.inTransaction(c -> {
            InstitutionStore.Row row = registry.row(c, id);
            Access.staff(caller, InstitutionsModule.EVALUATE, id, row.region(), row.status());
            errors.check();
            if (row.status() != Status.APPEALED) {
                throw Problems.illegal(id, row.status(), t);
            }
            registry.lifecycle().move(c, row, t, now, Access.actor(caller), reason, Map.of());
            return null;
        });
        return after(Access.actor(caller), id, t);
    }

    /** One pass of the exit job at {@code now}. */
    Result sweep(Instant now) {
        List<Long> noticed = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Map<Long, List<String>> expired = db.withConnection(c -> registry.store().expiredQualifications(c, today));
        for (Map.Entry<Long, List<String>> e : expired.entrySet()) {
            String reason = "必备资质已过期：" + String.join("、", e.getValue()) + " / required qualification expired";
            if (once(e.getKey(), Status.ADMITTED, (c, row) -> notice(c, row, now, SYSTEM, reason))) {
                noticed.add(e.getKey());
                after(SYSTEM, e.getKey(), Transition.NOTICE);
            }
        }
        for (long id : db.withConnection(c -> registry.store().noticesExpired(c, now))) {
            if (once(id, Status.NOTICE_OF_EXIT, (c, row) -> registry.lifecycle().move(c, row, Transition.REMOVE, now,
                    SYSTEM, "申诉期内未申诉 / no appeal before the deadline " + row.appealDeadline(), Map.of()))) {
                removed.add(id);
                after(SYSTEM, id, Transition.REMOVE);
            }
        }
        return new Result(noticed, removed);
    }

    private interface Step {
        void run(Connection c, InstitutionStore.Row row) throws SQLException;
    }

    /** Runs a step if the institution is still in {@code expected}; one failure does not stop the pass. */
    private boolean once(long id, Status expected, Step step) {
        try {
            return db.inTransaction(c -> {
                InstitutionStore.Row row = registry.row(c, id);
                if (row.status() != expected) {
                    return false;
                }
                step.run(c, row);
                return true;
            });
        } catch (RuntimeException e) {
            LOG.warn("Exit job: institution {} skipped this time", id, e);
            return false;
        }
    }

    private Institution after(String actor, long id, Transition t) {
        Institution i = registry.load(id, false);
        registry.audit().record(actor, t.path(), "institution", id, List.of("status", "statusReason"));
        events.post(t.event(), i);
        LOG.info("Institution {}: {} by {}", id, t, actor);
        return i;
    }
}
