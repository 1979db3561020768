package org.yiwang.module.demands.internal;

import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/** The module's problems, and a collector of field errors. */
final class Problems {

    /** 409: the action is not allowed from the demand's current state. */
    static final ProblemType ILLEGAL_TRANSITION = ProblemType.custom("demands-illegal-transition", 409,
            LocalizedText.of("诉求当前状态不允许此操作", "The demand's state does not allow this action"));

    private Problems() {
    }

    static ProblemException illegal(long id, Status current, String requested, Status target) {
        String to = target == null ? "" : " → " + target;
        return new ProblemException(ILLEGAL_TRANSITION, LocalizedText.of(
                "诉求 " + id + " 当前状态为 " + current + "（" + current.nameZh() + "），不能执行 " + requested + to,
                "Demand " + id + " is " + current + "; " + requested + to + " is not allowed from " + current));
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("没有编号为 " + id + " 的诉求", "No demand " + id);
    }

    static ProblemException unauthenticated() {
        return new ProblemException(ProblemType.UNAUTHENTICATED,
                LocalizedText.of("请先登录", "Log in to use demands"));
    }

    static ProblemException forbidden(String zh, String en) {
        return new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(zh, en));
    }

    /** Field errors of one request; {@link #check()} throws them all at once as a 400. */
    static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        Errors add(String field, String rule, String zh, String en) {
            list.add(FieldError.of(field, rule, zh, en));
            return this;
        }

        boolean has(String field) {
            return list.stream().anyMatch(e -> e.field().equals(field));
        }

        /** Requires a non-blank text of at most {@code max} characters; returns it stripped (or null). */
        String text(String field, String value, boolean required, int max) {
            if (value == null || value.isBlank()) {
                if (required) {
                    add(field, "required", field + " 必须填写", field + " is required");
                }
                return null;
            }
            String v = value.strip();
            if (v.length() > max) {
                add(field, "max-length", field + " 最多 " + max + " 个字符", field + " must be at most " + max + " characters");
            }
            return v;
        }

        void check() {
            if (!list.isEmpty()) {
                throw ProblemException.invalid(list);
            }
        }
    }
}
