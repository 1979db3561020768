package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/**
 * The module's problems, and a collector of field errors. Invalid fields are the platform's 400
 * {@code invalid-input} problem naming every field and the rule it broke, the same answer the
 * kernel gives for a bad username or password.
 */
final class Problems {

    /** 409: the action is not allowed from the institution's current status. */
    static final ProblemType ILLEGAL_TRANSITION = ProblemType.custom("institutions-illegal-transition", 409,
            LocalizedText.of("服务机构当前状态不允许此操作", "The institution's status does not allow this action"));

    private Problems() {
    }

    static ProblemException illegal(long id, Status current, Transition t) {
        return new ProblemException(ILLEGAL_TRANSITION, LocalizedText.of(
                "服务机构 " + id + " 当前状态为 " + current + "（" + current.nameZh() + "），不能执行 " + t.path()
                        + " → " + t.to(),
                "Institution " + id + " is " + current + "; " + t.path() + " → " + t.to()
                        + " is not allowed from " + current));
    }

    static ProblemException conflict(String zh, String en) {
        return ProblemException.conflict(zh, en);
    }

    static ProblemException notFound(String what, long id) {
        return ProblemException.notFound("没有编号为 " + id + " 的" + what, "No " + what + " " + id);
    }

    static ProblemException institutionNotFound(long id) {
        return ProblemException.notFound("没有编号为 " + id + " 的服务机构", "No institution " + id);
    }

    static ProblemException unauthenticated() {
        return new ProblemException(ProblemType.UNAUTHENTICATED, LocalizedText.of("请先登录", "Log in first"));
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

        void addAll(String prefix, List<FieldError> errors) {
            for (FieldError e : errors) {
                list.add(new FieldError(prefix + e.field(), e.rule(), e.message()));
            }
        }

        boolean has(String field) {
            return list.stream().anyMatch(e -> e.field().equals(field));
        }

        boolean any() {
            return !list.isEmpty();
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
                add(field, "max-length", field + " 最多 " + max + " 个字符",
                        field + " must be at most " + max + " characters");
            }
            return v;
        }

        /** A score from 0 to 100 with at most two decimals. */
        BigDecimal score(String field, BigDecimal value) {
            if (value == null) {
                add(field, "required", field + " 必须填写（0–100）", field + " is required (0–100)");
                return null;
            }
            if (value.signum() < 0 || value.compareTo(Scoring.HUNDRED) > 0) {
                add(field, "range", field + " 须在 0 到 100 之间", field + " must be between 0 and 100");
            } else if (value.stripTrailingZeros().scale() > 2) {
                add(field, "scale", field + " 最多两位小数", field + " has at most two decimals");
            }
            return value;
        }

        /** Throws the collected errors as one 400 problem. */
        void check() {
            if (!list.isEmpty()) {
                throw ProblemException.invalid(list);
            }
        }
    }
}
