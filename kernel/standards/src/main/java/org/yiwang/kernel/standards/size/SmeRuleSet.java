package org.yiwang.kernel.standards.size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A versioned SME size standard.
 *
 * @param id              e.g. {@code MIIT-2011-300}
 * @param title           the decree's title
 * @param effectiveFrom   first day in force
 * @param categories      categories by id
 * @param mapping         GB/T 4754 prefix (section letter or 2-4 digits) → category id
 * @param defaultCategory category for industries no mapping covers
 * @param notCovered      GB/T 4754 prefix → reason the standard does not classify it
 */
public record SmeRuleSet(String id, String title, LocalDate effectiveFrom, Map<String, SmeCategory> categories,
                         Map<String, String> mapping, String defaultCategory, Map<String, String> notCovered) {

    public SmeRuleSet {
        categories = Map.copyOf(categories);
        mapping = Map.copyOf(mapping);
        notCovered = Map.copyOf(notCovered);
        if (!categories.containsKey(defaultCategory)) {
            throw new IllegalArgumentException(id + ": default category " + defaultCategory + " is not defined");
        }
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (!categories.containsKey(e.getValue())) {
                throw new IllegalArgumentException(id + ": " + e.getKey() + " maps to unknown category " + e.getValue());
            }
        }
    }

    /** Categories in a stable order (by id). */
    public List<SmeCategory> categoryList() {
        return categories.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
}
