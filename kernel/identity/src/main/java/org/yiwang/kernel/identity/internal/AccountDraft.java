package org.yiwang.kernel.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/** A validated, normalised new account, and the validation of changes to an existing one. */
record AccountDraft(String username, AccountKind kind, String displayName, String regionCode, String orgUnit,
                    String uscc, String institutionId, List<String> roles, List<String> givenFields) {

    static AccountDraft validate(NewAccount b) {
        if (b == null) {
            throw ProblemException.invalid(List.of(FieldError.of("body", "required", "缺少请求体", "a body is required")));
        }
        List<FieldError> errors = new ArrayList<>(Usernames.check("username", b.username()));
        String username = Usernames.normalize(b.username());
        errors.addAll(PasswordPolicy.check("password", username, b.password()));
        AccountKind kind = kind(errors, b.kind());
        Fields.maxLength(errors, "displayName", b.displayName(), 200);
        String region = null;
        String orgUnit = null;
        String uscc = null;
        String institution = null;
        if (kind == AccountKind.STAFF) {
            Fields.region(errors, "regionCode", b.regionCode());
            region = Fields.trimToNull(b.regionCode());
            Fields.maxLength(errors, "orgUnit", b.orgUnit(), 200);
            orgUnit = Fields.trimToNull(b.orgUnit());
        } else if (kind == AccountKind.ENTERPRISE) {
            UsccResult r = Uscc.validate(b.uscc(), Uscc.Mode.STRICT);
            if (!r.valid()) {
                errors.add(Fields.uscc("uscc", r));
            } else {
                uscc = r.normalized();
                region = r.parts().regionCode();
            }
        } else if (kind == AccountKind.INSTITUTION) {
            Fields.required(errors, "institutionId", b.institutionId());
            Fields.maxLength(errors, "institutionId", b.institutionId(), 64);
            institution = Fields.trimToNull(b.institutionId());
            if (b.regionCode() != null) {
                Fields.region(errors, "regionCode", b.regionCode());
                region = Fields.trimToNull(b.regionCode());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<String> roles = b.roles() == null ? List.of() : b.roles().stream().map(String::strip).distinct().toList();
        List<String> given = new ArrayList<>(List.of("username", "password", "kind"));
        addIf(given, "displayName", b.displayName());
        addIf(given, "regionCode", region);
        addIf(given, "orgUnit", orgUnit);
        addIf(given, "uscc", uscc);
        addIf(given, "institutionId", institution);
        if (!roles.isEmpty()) {
            given.add("roles");
        }
        return new AccountDraft(username, kind, Fields.trimToNull(b.displayName()), region, orgUnit, uscc, institution,
                roles, given);
    }

    /** {@code a} with the changes applied; fields that do not apply to its kind are refused. */
    static Account apply(Account a, AccountChanges b) {
        List<FieldError> errors = new ArrayList<>();
        Fields.maxLength(errors, "displayName", b.displayName(), 200);
        String region = a.regionCode();
        if (b.regionCode() != null) {
            if (a.kind() == AccountKind.STAFF || a.kind() == AccountKind.INSTITUTION) {
                Fields.region(errors, "regionCode", b.regionCode());
                region = b.regionCode().strip();
            } else {
                errors.add(notApplicable("regionCode", a.kind()));
            }
        }
        String orgUnit = a.orgUnit();
        if (b.orgUnit() != null) {
            if (a.kind() == AccountKind.STAFF) {
                Fields.maxLength(errors, "orgUnit", b.orgUnit(), 200);
                orgUnit = Fields.trimToNull(b.orgUnit());
            } else {
                errors.add(notApplicable("orgUnit", a.kind()));
            }
        }
        String institution = a.institutionId();
        if (b.institutionId() != null) {
            if (a.kind() == AccountKind.INSTITUTION) {
                Fields.required(errors, "institutionId", b.institutionId());
                Fields.maxLength(errors, "institutionId", b.institutionId(), 64);
                institution = Fields.trimToNull(b.institutionId());
            } else {
                errors.add(notApplicable("institutionId", a.kind()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String displayName = b.displayName() == null ? a.displayName() : Fields.trimToNull(b.displayName());
        List<String> roles = b.roles() == null ? a.roles()
                : b.roles().stream().map(String::strip).distinct().sorted().toList();
        return new Account(a.id(), a.username(), a.kind(), a.status(), displayName, region, orgUnit, a.uscc(),
                institution, roles, a.failedAttempts(), a.lockedUntil(), a.lastLoginAt(), a.createdAt(), a.updatedAt());
    }

    static List<String> changedFields(Account before, Account after) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(before.displayName(), after.displayName())) {
            out.add("displayName");
        }
        if (!Objects.equals(before.regionCode(), after.regionCode())) {
            out.add("regionCode");
        }
        if (!Objects.equals(before.orgUnit(), after.orgUnit())) {
            out.add("orgUnit");
        }
        if (!Objects.equals(before.institutionId(), after.institutionId())) {
            out.add("institutionId");
        }
        if (!before.roles().stream().sorted().toList().equals(after.roles().stream().sorted().toList())) {
            out.add("roles");
        }
        return out;
    }

    private static AccountKind kind(List<FieldError> errors, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of("kind", "required", "必须填写账号类型", "kind is required"));
            return null;
        }
        try {
            AccountKind k = AccountKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
            if (k != AccountKind.ANONYMOUS) {
                return k;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        errors.add(FieldError.of("kind", "one-of", "账号类型须为 STAFF、ENTERPRISE、INSTITUTION 或 ADMIN",
                "kind must be one of STAFF, ENTERPRISE, INSTITUTION, ADMIN"));
        return null;
    }

    private static FieldError notApplicable(String field, AccountKind kind) {
        return FieldError.of(field, "not-applicable", field + " 不适用于 " + kind + " 账号",
                field + " does not apply to " + kind + " accounts");
    }

    private static void addIf(List<String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(name);
        }
    }
}
