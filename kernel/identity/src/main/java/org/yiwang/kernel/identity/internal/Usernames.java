package org.yiwang.kernel.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yiwang.kernel.api.problem.FieldError;

/** Usernames are case-insensitive: stored lower-case, 3-64 of {@code a-z 0-9 . _ @ -}, starting with a letter or digit. */
final class Usernames {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    private Usernames() {
    }

    static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    static boolean valid(String normalized) {
        return SHAPE.matcher(normalized).matches();
    }

    static List<FieldError> check(String field, String raw) {
        String name = normalize(raw);
        if (name.isEmpty()) {
            return List.of(FieldError.of(field, "required", "必须填写用户名", field + " is required"));
        }
        if (!valid(name)) {
            return List.of(FieldError.of(field, "pattern",
                    "用户名须为 3-64 个字母、数字或 . _ @ -，并以字母或数字开头",
                    field + " must be 3-64 letters, digits or . _ @ -, starting with a letter or digit"));
        }
        return List.of();
    }
}
