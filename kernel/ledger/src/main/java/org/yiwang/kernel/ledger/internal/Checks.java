package org.yiwang.kernel.ledger.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.service.Channel;
import org.yiwang.kernel.standards.service.ServiceCategory;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/** Field checks shared by the ledger's writes and queries; each adds a named field error. */
final class Checks {

    static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final RegionRegistry REGIONS = RegionRegistry.bundled();

    private Checks() {
    }

    static FieldError error(String field, String rule, String zh, String en) {
        return FieldError.of(field, rule, zh, en);
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Trimmed text, or null when blank; {@code required} and {@code max} are checked. */
    static String text(List<FieldError> errors, String field, String value, boolean required, int max) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null && required) {
            errors.add(error(field, "required", "必须填写 " + field, field + " is required"));
        } else if (v != null && v.length() > max) {
            errors.add(error(field, "max-length", field + " 最多 " + max + " 个字符", field + " must be at most " + max + " characters"));
        }
        return v;
    }

    /** A strictly valid USCC, normalised; the failed step names the rule ({@code uscc-check-character}). */
    static String uscc(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, "required", "必须填写统一社会信用代码", field + " is required"));
            return null;
        }
        UsccResult r = Uscc.validate(value, Uscc.Mode.STRICT);
        if (!r.valid()) {
            String rule = "uscc-" + r.failedStep().name().toLowerCase(Locale.ROOT).replace('_', '-');
            errors.add(error(field, rule, "统一社会信用代码不合法（" + r.failedStep() + "）", r.detail()));
            return null;
        }
        return r.normalized();
    }

    /** A current GB/T 2260 code. */
    static String region(List<FieldError> errors, String field, String value, boolean required) {
        String v = text(errors, field, value, required, 6);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{6}")) {
            errors.add(error(field, "pattern", field + " 应为 6 位行政区划代码", field + " must be a 6-digit GB/T 2260 code"));
            return null;
        }
        Region r = REGIONS.find(v).orElse(null);
        if (r == null) {
            errors.add(error(field, "region-known", "未知的行政区划代码 " + v, "Unknown GB/T 2260 code " + v));
            return null;
        }
        if (!r.isCurrent()) {
            errors.add(error(field, "region-current", "行政区划代码 " + v + " 已撤销", "GB/T 2260 code " + v + " is retired"));
            return null;
        }
        return v;
    }

    static String module(List<FieldError> errors, String field, String value, boolean required) {
        String v = text(errors, field, value, required, 40);
        if (v != null && !MODULE_ID.matcher(v).matches()) {
            errors.add(error(field, "pattern", field + " 应为模块标识（小写字母、数字、连字符）",
                    field + " must be a module id (lower-case letters, digits, hyphens)"));
            return null;
        }
        return v;
    }

    static String category(List<FieldError> errors, String field, String value, boolean required) {
        String v = text(errors, field, value, required, 40);
        if (v != null && ServiceCategory.byCode(v).isEmpty()) {
            errors.add(error(field, "enum", "未知的服务类别 " + v, "Unknown service category " + v));
            return null;
        }
        return v;
    }

    static String channel(List<FieldError> errors, String field, String value) {
        String v = text(errors, field, value, true, 10);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        for (Channel c : Channel.values()) {
            if (c.name().equals(upper)) {
                return upper;
            }
        }
        errors.add(error(field, "enum", field + " 应为 ONLINE、OFFLINE、HOTLINE 或 ON_SITE",
                field + " must be ONLINE, OFFLINE, HOTLINE or ON_SITE"));
        return null;
    }

    /** Not after {@code now}, allowing one minute of clock skew between nodes. */
    static void notFuture(List<FieldError> errors, String field, Instant value, Instant now) {
        if (value != null && value.isAfter(now.plusSeconds(60))) {
            errors.add(error(field, "not-future", field + " 不能晚于当前时间", field + " must not be in the future"));
        }
    }

    static void notBefore(List<FieldError> errors, String field, Instant value, String otherField, Instant other) {
        if (value != null && other != null && value.isBefore(other)) {
            errors.add(error(field, "not-before-" + otherField, field + " 不能早于 " + otherField,
                    field + " must not be before " + otherField));
        }
    }
}
