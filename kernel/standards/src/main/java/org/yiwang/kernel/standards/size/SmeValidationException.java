package org.yiwang.kernel.standards.size;

/** The facts cannot be classified: a field is missing, negative or ambiguous. */
public class SmeValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String rule;

    /** @param field the offending field, e.g. {@code employees}; @param rule e.g. {@code required} */
    public SmeValidationException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** The field name (employees, operatingRevenue, totalAssets, industryCode, date). */
    public String field() {
        return field;
    }

    /** The rule broken: {@code required}, {@code non-negative}, {@code known}, {@code specific}, {@code in-force}. */
    public String rule() {
        return rule;
    }
}
