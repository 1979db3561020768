package org.yiwang.module.policy.internal;

import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/** The module's problems, and a collector of field errors. */
final class Problems {

    /** 409: the action is not allowed from the policy's current state. */
    static final ProblemType ILLEGAL_TRANSITION = ProblemType.custom("policy-illegal-transition", 409,
            LocalizedText.of("政策当前状态不允许此操作", "The policy's state does not allow this action"));
    /** 422: the eligibility criteria are not valid (per-field errors under {@code criteria.}). */
    static final ProblemType INVALID_CRITERIA = ProblemType.custom("policy-invalid-criteria", 422,
            LocalizedText.of("适用条件不合法", "The eligibility criteria are invalid"));
    /** 503: matching needs the SME database (the enterprises bundle), which is not available. */
    static final ProblemType NO_DIRECTORY = ProblemType.custom("policy-no-enterprise-directory", 503,
            LocalizedText.of("企业库暂不可用，无法匹配", "The SME database is not available; matching is not possible"));

    private Problems() {
    }

    static ProblemException illegal(long id, Status current, String requested) {
        return new ProblemException(ILLEGAL_TRANSITION, LocalizedText.of(
                "政策 " + id + " 当前状态为 " + current + "（" + current.nameZh() + "），不能执行 " + requested,
                "Policy " + id + " is " + current + "; " + requested + " is not allowed from " + current));
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("没有编号为 " + id + " 的政策", "No policy " + id);
    }

    static ProblemException unauthenticated() {
        return new ProblemException(ProblemType.UNAUTHENTICATED, LocalizedText.of("请先登录", "Log in first"));
    }

    static ProblemException forbidden(String zh, String en) {
        return new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(zh, en));
    }

    static ProblemException noDirectory() {
        return new ProblemException(NO_DIRECTORY, null);
    }

    /** Field errors of one request; {@link #check()} throws them all at once. */
    static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        Errors add(String field, String rule, String zh, String en) {
            list.add(FieldError.of(field, rule, zh, en));
            return this;
        }

        boolean has(String field) {
            return list.stream().anyMatch(e -> e.field().equals(field));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<FieldError> list() {
            return list;
        }

        /** A non-blank text of at most {@code max} characters, stripped (or null). */
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

        /**
         * Throws: a 400 when any field outside {@code criteria} is wrong, else a 422
         * ({@link #INVALID_CRITERIA}) when only criteria are wrong; nothing when all is well.
         */
        void check() {
            if (list.isEmpty()) {
                return;
            }
            if (list.stream().allMatch(e -> e.field().startsWith("criteria."))) {
                String fields = String.join(", ", list.stream().map(FieldError::field).toList());
                throw new ProblemException(INVALID_CRITERIA, LocalizedText.of("以下条件不合法：" + fields,
                        "Invalid criteria: " + fields), list);
            }
            throw ProblemException.invalid(list);
        }
    }
}
