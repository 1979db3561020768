package org.yiwang.kernel.enterprises.internal;

import java.util.List;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;

/** What an import does with invalid rows. */
public enum ImportMode {
    /** Any invalid row: nothing is written (the file is validated completely first). */
    ALL_OR_NOTHING("all-or-nothing"),
    /** Valid rows are written, invalid ones reported. */
    SKIP_BAD_ROWS("skip-bad-rows");

    private final String id;

    ImportMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses {@code all-or-nothing} / {@code skip-bad-rows}; null means all-or-nothing. */
    public static ImportMode of(String raw) {
        if (raw == null || raw.isBlank()) {
            return ALL_OR_NOTHING;
        }
        for (ImportMode m : values()) {
            if (m.id.equalsIgnoreCase(raw.strip())) {
                return m;
            }
        }
        throw ProblemException.invalid(List.of(FieldError.of("mode", "enum",
                "mode 应为 all-or-nothing 或 skip-bad-rows", "mode must be all-or-nothing or skip-bad-rows")));
    }
}
