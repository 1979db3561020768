package org.yiwang.kernel.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.yiwang.kernel.api.problem.FieldError;

/**
 * The {@code from} / {@code to} query parameters: an ISO date ({@code 2025-01-31}, a day in China
 * time; {@code to} includes that day) or an ISO instant with offset ({@code 2025-01-31T08:00:00Z},
 * {@code …+08:00}; {@code to} excludes it). Together they make the half-open period {@code [from, to)}.
 */
final class Periods {

    private Periods() {
    }

    record Period(Instant from, Instant to) {
    }

    static Period parse(String from, String to) {
        List<FieldError> errors = new java.util.ArrayList<>();
        Instant f = parse(errors, "from", from, false);
        Instant t = parse(errors, "to", to, true);
        check(errors, f, t);
        Checks.throwIfAny(errors);
        return new Period(f, t);
    }

    static void check(List<FieldError> errors, Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add(Checks.error("to", "after-from", "to 必须晚于 from", "to must be after from"));
        }
    }

    private static Instant parse(List<FieldError> errors, String field, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (end ? d.plusDays(1) : d).atStartOfDay().toInstant(Months.CHINA);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(Checks.error(field, "date-time", field + " 应为 ISO 日期（2025-01-31）或带时区的时间（2025-01-31T08:00:00Z）",
                    field + " must be an ISO date (2025-01-31) or an instant with offset (2025-01-31T08:00:00Z)"));
            return null;
        }
    }
}
