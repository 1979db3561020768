package org.yiwang.kernel.identity.internal;

import java.util.List;
import java.util.Locale;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.uscc.UsccResult;
import org.yiwang.kernel.standards.uscc.UsccStep;

/** Field checks shared by the services; each returns the errors it found (rule names are stable words). */
final class Fields {

    private Fields() {
    }

    static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "required", "必须填写 " + field, field + " is required"));
        }
    }

    static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(FieldError.of(field, "max-length", field + " 最多 " + max + " 个字符",
                    field + " must be at most " + max + " characters"));
        }
    }

    /** A current GB/T 2260 code (6 digits). */
    static void region(List<FieldError> errors, String field, String value) {
        if (value == null || !value.strip().matches("\\d{6}")) {
            errors.add(FieldError.of(field, "pattern", field + " 须为 6 位行政区划代码",
                    field + " must be a 6-digit GB/T 2260 code"));
        } else if (!RegionRegistry.bundled().isCurrent(value.strip())) {
            errors.add(FieldError.of(field, "unknown-region", field + " 不是现行的行政区划代码",
                    field + " is not a current GB/T 2260 code"));
        }
    }

    static FieldError uscc(String field, UsccResult r) {
        UsccStep step = r.failedStep();
        String rule = "uscc-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return FieldError.of(field, rule, "统一社会信用代码不合法（" + step + "）", r.detail());
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
