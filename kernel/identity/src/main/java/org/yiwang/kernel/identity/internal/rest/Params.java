package org.yiwang.kernel.identity.internal.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;

/** Parses query parameters into typed values, or a 400 naming the parameter and the rule. */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw ProblemException.invalid(List.of(FieldError.of(name, "one-of",
                    name + " 须为 " + String.join("、", allowed) + " 之一",
                    name + " must be one of " + String.join(", ", allowed))));
        }
    }

    static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(FieldError.of(name, "format",
                    name + " 须为 ISO-8601 时间，如 2025-01-31T08:00:00Z",
                    name + " must be an ISO-8601 instant such as 2025-01-31T08:00:00Z")));
        }
    }
}
