package org.yiwang.kernel.standards.region;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the region table: a code as it was valid between two dates. Rows are never
 * overwritten: a renamed or abolished code keeps its old row with {@code validTo} set.
 *
 * @param code       six-digit GB/T 2260 code
 * @param name       Chinese name
 * @param level      province, prefecture or county
 * @param parentCode code of the parent; null for provinces. County-level units under
 *                   {@code xx90} (e.g. 429004 仙桃) have the province as parent
 * @param validFrom  first day valid, or null when before the data vintage / not recorded
 * @param validTo    first day no longer valid (exclusive), or null when current
 * @param kind       administrative division or NBS statistical-only unit
 */
public record Region(String code, String name, RegionLevel level, String parentCode,
                     LocalDate validFrom, LocalDate validTo, RegionKind kind) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must be 6 digits: " + code);
        }
    }

    /** Still in force (no {@code validTo}). */
    public boolean isCurrent() {
        return validTo == null;
    }

    /** Whether the row was in force on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
    }
}
