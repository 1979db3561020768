package org.yiwang.kernel.identity.internal;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * Who may manage which account, checked in the services (not only at the REST edge):
 * administrators everything; otherwise the caller needs {@code identity.accounts.manage}, sees only
 * non-administrator accounts whose region lies in its subtree (others are "not found"), may act
 * only on accounts holding no permission it lacks itself, and may grant only roles whose
 * permissions it holds.
 */
final class AccessRules {

    static final String MANAGE_ACCOUNTS = "identity.accounts.manage";
    static final String MANAGE_ROLES = "identity.roles.manage";
    static final String AUDIT_READ = "audit.read";

    private AccessRules() {
    }

    static void requirePermission(Caller actor, String permission) {
        if (actor.kind() == AccountKind.ANONYMOUS) {
            throw IdentityProblems.unauthenticated();
        }
        if (!actor.has(permission)) {
            throw IdentityProblems.forbidden("需要权限 " + permission, "This needs the permission " + permission);
        }
    }

    static boolean sees(Caller actor, Account target) {
        if (actor.kind() == AccountKind.ADMIN) {
            return true;
        }
        return target.kind() != AccountKind.ADMIN && actor.regionCode() != null && target.regionCode() != null
                && actor.covers(target.regionCode());
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("账号不存在", "No account " + id);
    }

    /** The target must be visible and hold nothing the actor lacks. */
    static void mayActOn(Caller actor, Account target, Set<String> targetPermissions) {
        if (!sees(actor, target)) {
            throw notFound(target.id());
        }
        Set<String> beyond = beyond(actor, targetPermissions);
        if (!beyond.isEmpty()) {
            throw IdentityProblems.forbidden("该账号拥有您不具备的权限：" + String.join(", ", beyond),
                    "The account holds permissions you do not hold: " + String.join(", ", beyond));
        }
    }

    /** The actor may grant roles with these permissions only if it holds them all. */
    static void mayGrant(Caller actor, Collection<String> permissions) {
        Set<String> beyond = beyond(actor, permissions);
        if (!beyond.isEmpty()) {
            throw IdentityProblems.forbidden("不能授予您自己不具备的权限：" + String.join(", ", beyond),
                    "You cannot grant permissions you do not hold: " + String.join(", ", beyond));
        }
    }

    /** A region the actor may place an account in (administrators anywhere, incl. none). */
    static void mayPlace(Caller actor, String regionCode) {
        if (actor.kind() == AccountKind.ADMIN) {
            return;
        }
        if (regionCode == null || actor.regionCode() == null || !actor.covers(regionCode)) {
            throw IdentityProblems.forbidden("该地区不在您的管辖范围内",
                    "Region " + regionCode + " is outside your region");
        }
    }

    private static Set<String> beyond(Caller actor, Collection<String> permissions) {
        Set<String> out = new TreeSet<>();
        for (String p : permissions) {
            if (!actor.has(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
