package org.yiwang.kernel.standards.internal.rest;

import java.util.List;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/** The standards endpoints answer input they cannot evaluate with 422, naming the field and the rule. */
final class Unprocessable {

    private Unprocessable() {
    }

    static ProblemException field(String field, String rule, String zh, String en) {
        return new ProblemException(ProblemType.UNPROCESSABLE,
                LocalizedText.of(field + "：" + zh, field + ": " + en),
                List.of(FieldError.of(field, rule, zh, en)));
    }
}
