package org.yiwang.kernel.api.problem;

import java.util.List;
import org.yiwang.kernel.api.LocalizedText;

/**
 * Thrown anywhere in request handling to answer with an RFC 9457 problem. The kernel's web layer
 * renders it as {@code application/problem+json} in the caller's language. Throw it before
 * writing anything, or inside a transaction, so that a refused request changes nothing.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final LocalizedText detail;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, LocalizedText detail, List<FieldError> errors) {
        super(type.slug() + ": " + (detail == null ? type.title().en() : detail.en()));
        this.type = type;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemType type, LocalizedText detail) {
        this(type, detail, List.of());
    }

    /** 400 with per-field errors; the detail summarises them. */
    public static ProblemException invalid(List<FieldError> errors) {
        String fields = String.join(", ", errors.stream().map(FieldError::field).toList());
        return new ProblemException(ProblemType.INVALID_INPUT,
                LocalizedText.of("以下字段不合法：" + fields, "Invalid fields: " + fields), errors);
    }

    public static ProblemException notFound(String zh, String en) {
        return new ProblemException(ProblemType.NOT_FOUND, LocalizedText.of(zh, en));
    }

    public static ProblemException conflict(String zh, String en) {
        return new ProblemException(ProblemType.CONFLICT, LocalizedText.of(zh, en));
    }

    public static ProblemException unprocessable(String zh, String en) {
        return new ProblemException(ProblemType.UNPROCESSABLE, LocalizedText.of(zh, en));
    }

    public ProblemType type() {
        return type;
    }

    /** Human explanation of this occurrence; null falls back to the type's title. */
    public LocalizedText detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
