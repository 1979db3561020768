package org.yiwang.kernel.api.problem;

import org.yiwang.kernel.api.LocalizedText;

/**
 * One invalid field of a request: the field's JSON path (e.g. {@code uscc}, {@code items[2].name}),
 * the rule it broke (a stable machine-readable word such as {@code required}, {@code pattern},
 * {@code range}) and a human message in both languages.
 */
public record FieldError(String field, String rule, LocalizedText message) {

    public static FieldError of(String field, String rule, String zh, String en) {
        return new FieldError(field, rule, LocalizedText.of(zh, en));
    }
}
