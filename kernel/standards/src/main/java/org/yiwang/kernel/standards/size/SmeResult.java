package org.yiwang.kernel.standards.size;

import java.util.List;

/**
 * Outcome of {@link SmeClassifier#classify}.
 *
 * @param size        the size class
 * @param category    the category the industry code mapped to
 * @param ruleSetId   the rule set applied
 * @param explanation one English line per band tried: which indicator met or missed which bound
 */
public record SmeResult(SizeClass size, SmeCategory category, String ruleSetId, List<String> explanation) {

    public SmeResult {
        explanation = List.copyOf(explanation);
    }

    /** Category id, e.g. {@code INDUSTRY}. */
    public String categoryId() {
        return category.id();
    }

    /** Category Chinese name. */
    public String categoryName() {
        return category.nameZh();
    }
}
