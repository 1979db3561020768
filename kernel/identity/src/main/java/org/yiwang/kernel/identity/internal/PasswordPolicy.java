package org.yiwang.kernel.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yiwang.kernel.api.problem.FieldError;

/**
 * What a password must be: at least 12 characters (at most 256), characters of at least three of
 * the four classes lower case, upper case, digit and other, and not containing the username
 * (ignoring case). Each broken rule is one field error naming it; the password itself never
 * appears in a message.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    public static final int MIN_CLASSES = 3;

    private PasswordPolicy() {
    }

    public static List<FieldError> check(String field, String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(FieldError.of(field, "required", "必须填写密码", field + " is required"));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(FieldError.of(field, "min-length", "密码至少 " + MIN_LENGTH + " 个字符",
                    "the password must have at least " + MIN_LENGTH + " characters"));
        } else if (length > MAX_LENGTH) {
            errors.add(FieldError.of(field, "max-length", "密码最多 " + MAX_LENGTH + " 个字符",
                    "the password must have at most " + MAX_LENGTH + " characters"));
        }
        if (classes(password) < MIN_CLASSES) {
            errors.add(FieldError.of(field, "character-classes",
                    "密码须包含小写字母、大写字母、数字、其他字符中的至少 " + MIN_CLASSES + " 类",
                    "the password must mix at least " + MIN_CLASSES
                            + " of: lower-case letters, upper-case letters, digits, other characters"));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of(field, "contains-username", "密码不得包含用户名",
                    "the password must not contain the username"));
        }
        return errors;
    }

    static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int cp = password.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
            i += Character.charCount(cp);
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
