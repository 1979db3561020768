package org.yiwang.module.institutions.internal;

import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.RegionScope;

/**
 * Who may see and do what. The public sees listed institutions only (others answer 404). An
 * institution account ({@link Caller#institutionId()}) sees and manages its own institution. Staff
 * act through permissions within their region subtree: an institution registered outside it
 * answers 404 (as if it did not exist); one they see but may not act on, 403.
 */
final class Access {

    private Access() {
    }

    static String actor(Caller caller) {
        return caller.username() == null ? "anonymous" : caller.username();
    }

    static void loggedIn(Caller caller) {
        if (caller.kind() == AccountKind.ANONYMOUS) {
            throw Problems.unauthenticated();
        }
    }

    /** Staff holding {@code permission} with a region (administrators: everywhere). */
    static boolean staff(Caller caller, String permission) {
        return caller.has(permission)
                && (caller.kind() == AccountKind.ADMIN || (caller.kind() == AccountKind.STAFF && caller.regionCode() != null));
    }

    /** The region-scope prefix of a staff caller's lists; null for administrators. */
    static String scope(Caller caller) {
        return caller.kind() == AccountKind.ADMIN ? null : RegionScope.prefix(caller.regionCode());
    }

    static boolean staffOf(Caller caller, String permission, String region) {
        return staff(caller, permission) && caller.covers(region);
    }

    static boolean own(Caller caller, long institutionId) {
        return caller.kind() == AccountKind.INSTITUTION && String.valueOf(institutionId).equals(caller.institutionId());
    }

    /** The institution itself, or staff of its region who may read the registry. */
    static boolean privileged(Caller caller, long id, String region) {
        return own(caller, id) || staffOf(caller, InstitutionsModule.READ, region)
                || staffOf(caller, InstitutionsModule.REVIEW, region) || staffOf(caller, InstitutionsModule.EVALUATE, region);
    }

    /** 404 unless the institution is listed or the caller is privileged for it. */
    static void visible(Caller caller, long id, String region, Status status) {
        if (!status.listed() && !privileged(caller, id, region)) {
            throw Problems.institutionNotFound(id);
        }
    }

    /** 404 when the caller may not see it, 403 unless staff with {@code permission} in its region. */
    static void staff(Caller caller, String permission, long id, String region, Status status) {
        visible(caller, id, region, status);
        loggedIn(caller);
        if (!staffOf(caller, permission, region)) {
            throw Problems.forbidden("服务机构 " + id + " 不在您的管辖范围内，或您没有 " + permission + " 权限",
                    "Institution " + id + " is outside your region or you lack " + permission);
        }
    }

    /** The institution's own accounts, or staff with institutions.review in its region (403/404 otherwise). */
    static void manages(Caller caller, long id, String region, Status status) {
        visible(caller, id, region, status);
        loggedIn(caller);
        if (!own(caller, id) && !staffOf(caller, InstitutionsModule.REVIEW, region)) {
            throw Problems.forbidden("只有服务机构本身或其所在地的审核人员可以修改",
                    "Only the institution itself or reviewing staff of its region may change it");
        }
    }

    /** Only the institution's own accounts (403/404 otherwise). */
    static void itself(Caller caller, long id, String region, Status status) {
        visible(caller, id, region, status);
        loggedIn(caller);
        if (!own(caller, id)) {
            throw Problems.forbidden("只有服务机构本身可以执行此操作", "Only the institution itself may do this");
        }
    }
}
