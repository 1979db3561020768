package org.yiwang.kernel.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.core.Response;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.Problem;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/** Renders problems in the caller's language (English if it asks for {@code en} first, Chinese otherwise). */
final class Problems {

    private Problems() {
    }

    static Locale language(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    static Problem render(ProblemException e, Locale locale, String instance, String errorId) {
        ProblemType type = e.type();
        LocalizedText detail = e.detail() != null ? e.detail() : type.title();
        List<Map<String, String>> errors = e.errors().isEmpty() ? null : e.errors().stream()
                .map(f -> field(f, locale)).toList();
        return new Problem(type.uri(), type.title().in(locale), type.status(), detail.in(locale), instance,
                errorId, errors);
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Map<String, String> field(FieldError f, Locale locale) {
        return Map.of("field", f.field(), "rule", f.rule(), "message", f.message().in(locale));
    }
}
