package org.yiwang.kernel.enterprises.internal;

import java.util.List;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.standards.uscc.UsccResult;
import org.yiwang.kernel.standards.uscc.UsccStep;

/** Field errors in both languages, so validation code stays short. */
final class Messages {

    private Messages() {
    }

    static void add(List<FieldError> errors, String field, String rule, String zh, String en) {
        errors.add(FieldError.of(field, rule, zh, en));
    }

    static FieldError required(String field) {
        return FieldError.of(field, "required", "必须填写 " + field, field + " is required");
    }

    static FieldError nonNegative(String field) {
        return FieldError.of(field, "non-negative", field + " 不能为负数", field + " must not be negative");
    }

    static FieldError maxLength(String field, int max) {
        return FieldError.of(field, "max-length", field + " 最多 " + max + " 个字符",
                field + " must be at most " + max + " characters");
    }

    /** The failed USCC step goes into the rule ({@code uscc-check-character}) and both messages. */
    static FieldError uscc(UsccResult r) {
        UsccStep step = r.failedStep();
        String rule = "uscc-" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return FieldError.of(Fields.USCC, rule, "统一社会信用代码不合法（" + step + "）：" + zh(step), r.detail());
    }

    private static String zh(UsccStep step) {
        return switch (step) {
            case LENGTH -> "应为 18 位";
            case CHARSET -> "含有不允许的字符（不使用 I、O、S、V、Z）";
            case REGION_DIGITS -> "第 3-8 位应为数字";
            case CHECK_CHARACTER -> "第 18 位校验码不正确";
            case ORG_CODE_CHECK -> "第 17 位组织机构代码校验码不正确";
            case AUTHORITY_CATEGORY -> "登记管理部门代码与机构类别代码不匹配";
            case REGION_KNOWN -> "第 3-8 位不是已知的行政区划代码";
        };
    }
}
