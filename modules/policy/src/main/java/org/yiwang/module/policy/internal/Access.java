package org.yiwang.module.policy.internal;

import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * Who may see and act on a policy. Published (and expired) policies are public. Staff act with a
 * permission on policies whose region lies in their subtree; a policy outside it answers 404 when
 * it is not public (drafts, in review, withdrawn) and 403 to actions when it is. National policies
 * (region {@code 000000}) are administrators' to edit.
 */
final class Access {

    private Access() {
    }

    static void loggedIn(Caller caller) {
        if (caller.kind() == AccountKind.ANONYMOUS) {
            throw Problems.unauthenticated();
        }
    }

    static boolean enterprise(Caller caller) {
        return caller.kind() == AccountKind.ENTERPRISE && caller.uscc() != null;
    }

    /** Staff (or an administrator) holding the permission, with a region to act in. */
    static boolean staff(Caller caller, String permission) {
        return caller.has(permission)
                && (caller.kind() == AccountKind.ADMIN || (caller.kind() == AccountKind.STAFF && caller.regionCode() != null));
    }

    /** 401 / 403 unless the caller is staff with the permission. */
    static void require(Caller caller, String permission) {
        loggedIn(caller);
        if (!staff(caller, permission)) {
            throw Problems.forbidden("需要权限 " + permission, "Permission " + permission + " is required");
        }
    }

    static boolean isPublic(Policy p) {
        return p.status() == Status.PUBLISHED || p.status() == Status.EXPIRED;
    }

    /** The policy if the caller may read it: public ones for everyone, others for staff with policy.read in region. */
    static Policy visible(Caller caller, Policy p) {
        if (isPublic(p) || (staff(caller, PolicyModule.READ) && caller.covers(p.regionCode()))
                || (staff(caller, PolicyModule.EDIT) && caller.covers(p.regionCode()))) {
            return p;
        }
        throw Problems.notFound(p.id());
    }

    /** 403 (or 404 when the caller cannot even see it) unless the policy's region is in the caller's subtree. */
    static Policy manages(Caller caller, Policy p, String permission) {
        require(caller, permission);
        if (!caller.covers(p.regionCode())) {
            if (!isPublic(p)) {
                throw Problems.notFound(p.id());
            }
            throw Problems.forbidden("政策 " + p.id() + " 属于 " + p.regionName() + "，不在您的管辖范围内",
                    "Policy " + p.id() + " belongs to " + p.regionCode() + ", outside your region");
        }
        return p;
    }

    static String actor(Caller caller) {
        return caller.username() == null ? "anonymous" : caller.username();
    }
}
