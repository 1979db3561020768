package org.yiwang.module.demands.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiwang.kernel.api.persistence.Database;

/**
 * One pass of the SLA job at an instant. An open demand past its reminder point is marked reminded
 * (once). An open demand past its deadline is escalated to the window of the parent region
 * (escalation level + 1); while it stays open it escalates again each time another full deadline
 * has passed since the last escalation, up to the province.
 */
final class SlaSweep {

    static final String SYSTEM = "system";

    /** Ids of the demands reminded and escalated in one pass. */
    record Result(List<Long> reminded, List<Long> escalated) {
    }

    private final Database db;
    private final DemandStore store;
    private final RoutingService routing;
    private final DemandEvents events;
    private final Audit audit;

    SlaSweep(Database db, DemandStore store, RoutingService routing, DemandEvents events, Audit audit) {
        this.db = db;
        this.store = store;
        this.routing = routing;
        this.events = events;
        this.audit = audit;
    }

    Result run(Instant now) {
        Sla sla = new Sla(now, routing.sla().reminderPercent());
        List<Long> reminded = new ArrayList<>();
        List<Long> escalated = new ArrayList<>();
        for (long id : db.withConnection(c -> store.dueForSweep(c, now))) {
            String done = db.inTransaction(c -> {
                Optional<Demand> found = store.find(c, id, sla);
                if (found.isEmpty() || !Status.OPEN.contains(found.get().status())) {
                    return null;
                }
                Demand d = found.get();
                if (!now.isBefore(d.due())) {
                    return escalate(c, d, now) ? "ESCALATED" : null;
                }
                if (!d.reminded() && !now.isBefore(sla.remindAt(d.submittedAt(), d.due()))) {
                    if (store.update(c, id, d.status(), Map.of("reminded", Boolean.TRUE))) {
                        store.history(c, id, "REMIND", d.status(), d.status(), now, SYSTEM,
                                "due " + d.due(), null, null, null);
                        return "REMINDED";
                    }
                }
                return null;
            });
            if (done != null) {
                Demand d = db.withConnection(c -> store.find(c, id, sla)).orElseThrow();
                (done.equals("ESCALATED") ? escalated : reminded).add(id);
                audit.record(SYSTEM, done.equals("ESCALATED") ? "escalate" : "remind", "demand", id,
                        done.equals("ESCALATED") ? List.of("windowRegion", "escalationLevel") : List.of("reminded"));
                events.post(done, d);
            }
        }
        return new Result(reminded, escalated);
    }

    private boolean escalate(java.sql.Connection c, Demand d, Instant now) throws java.sql.SQLException {
        Duration deadline = Duration.between(d.submittedAt(), d.due());
        Instant next = d.escalatedAt() == null ? d.due() : d.escalatedAt().plus(deadline);
        Optional<String> parent = routing.regions().parent(d.windowRegion());
        if (now.isBefore(next) || parent.isEmpty()) {
            return false;
        }
        Window up = routing.windowFor(parent.get());
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("window_region", up.region());
        sets.put("window_name", up.name());
        sets.put("escalation_level", d.escalationLevel() + 1);
        sets.put("escalated_at", now);
        sets.put("reminded", Boolean.TRUE);
        if (!store.update(c, d.id(), d.status(), sets)) {
            return false;
        }
        store.history(c, d.id(), "ESCALATE", d.status(), d.status(), now, SYSTEM,
                "overdue since " + d.due(), d.windowRegion(), up.region(), null);
        return true;
    }
}
