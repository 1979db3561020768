package org.yiwang.kernel.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yiwang.kernel.api.ledger.KpiQuery;
import org.yiwang.kernel.api.ledger.RecordQuery;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;

/** Query parameters as strings (so that a bad value is a 400 naming it, not a JAX-RS 404) → queries. */
final class Params {

    private Params() {
    }

    static RecordQuery query(String region, String uscc, String module, String provider, String category, String status,
                             String rated, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        ServiceRecord.Status st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = ServiceRecord.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(Checks.error("status", "enum", "status 应为 OPEN 或 COMPLETED", "status must be OPEN or COMPLETED"));
            }
        }
        Boolean r = null;
        if (rated != null && !rated.isBlank()) {
            String v = rated.strip().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                r = Boolean.valueOf(v);
            } else {
                errors.add(Checks.error("rated", "boolean", "rated 应为 true 或 false", "rated must be true or false"));
            }
        }
        Checks.throwIfAny(errors);
        Periods.Period p = Periods.parse(from, to);
        return new RecordQuery(blank(region), blank(uscc), blank(module), blank(provider), blank(category), st, r,
                p.from(), p.to());
    }

    static KpiQuery kpis(String region, String from, String to, String module, String provider) {
        Periods.Period p = Periods.parse(from, to);
        return new KpiQuery(blank(region), p.from(), p.to(), blank(module), blank(provider));
    }

    static ProblemException required(String field) {
        return ProblemException.invalid(List.of(Checks.error(field, "required", "必须填写 " + field, field + " is required")));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
