package org.yiwang.kernel.standards.size;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a size rule set: the indicators a category uses and their lower bounds per band.
 * The bound lists run parallel to {@code indicators}.
 *
 * @param id         stable identifier, e.g. {@code INDUSTRY}
 * @param nameZh     Chinese name
 * @param nameEn     English name
 * @param indicators indicators used
 * @param large      lower bounds for LARGE (the "cap")
 * @param medium     lower bounds for MEDIUM
 * @param small      lower bounds for SMALL
 */
public record SmeCategory(String id, String nameZh, String nameEn, List<SizeIndicator> indicators,
                          List<BigDecimal> large, List<BigDecimal> medium, List<BigDecimal> small) {

    public SmeCategory {
        indicators = List.copyOf(indicators);
        large = List.copyOf(large);
        medium = List.copyOf(medium);
        small = List.copyOf(small);
        if (indicators.isEmpty() || large.size() != indicators.size() || medium.size() != indicators.size()
                || small.size() != indicators.size()) {
            throw new IllegalArgumentException("category " + id + ": bounds must match its indicators");
        }
    }

    /** Lower bounds for a band; MICRO has none. */
    public List<BigDecimal> bounds(SizeClass size) {
        return switch (size) {
            case LARGE -> large;
            case MEDIUM -> medium;
            case SMALL -> small;
            case MICRO -> List.of();
        };
    }
}
