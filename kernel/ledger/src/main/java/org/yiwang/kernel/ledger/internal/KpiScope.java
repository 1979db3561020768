package org.yiwang.kernel.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.Kpis;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/** Validates and scopes a KPI query, and turns the counted figures into the KPIs. */
final class KpiScope {

    private KpiScope() {
    }

    /**
     * The query with its region resolved: none given → the caller's own subtree (administrators:
     * everything, region null); a region outside the caller's subtree → 403; bad fields → 400.
     */
    static KpiQuery resolve(Caller caller, KpiQuery q) {
        if (caller.kind() == AccountKind.ANONYMOUS) {
            throw Access.unauthenticated();
        }
        if (!Access.isStaff(caller) || (caller.kind() == AccountKind.STAFF && caller.regionCode() == null)) {
            throw Access.forbidden("只有工作人员可以查看台账指标", "Only staff see ledger KPIs");
        }
        List<FieldError> errors = new ArrayList<>();
        String region = Checks.region(errors, "region", q.region(), false);
        String module = Checks.module(errors, "module", q.module(), false);
        String provider = Checks.text(errors, "provider", q.provider(), false, 64);
        Periods.check(errors, q.from(), q.to());
        Checks.throwIfAny(errors);
        if (region == null) {
            region = caller.kind() == AccountKind.ADMIN ? null : caller.regionCode();
        } else {
            Access.inRegion(caller, region);
        }
        return new KpiQuery(region, q.from(), q.to(), module, provider);
    }

    static Kpis kpis(KpiQuery scope, KpiQueries.Figures f) {
        Contribution s = f.sums();
        Double satisfaction = share(s.satisfied(), s.ratings());
        return new Kpis(scope, f.enterprises(), s.completed(), s.records() - s.completed(),
                share(s.onlineDone(), s.completed()), s.ratings(), satisfaction, Kpis.SATISFACTION_TARGET,
                satisfaction != null && satisfaction >= Kpis.SATISFACTION_TARGET,
                share(s.followedDone(), s.completed()), hours(s.responseSeconds(), s.responded()),
                hours(s.resolutionSeconds(), s.completed()));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double hours(long seconds, long count) {
        return count == 0 ? null : seconds / 3600.0 / count;
    }
}
