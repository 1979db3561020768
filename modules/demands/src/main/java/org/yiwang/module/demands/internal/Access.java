package org.yiwang.module.demands.internal;

import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * Who may see and act on a demand. An enterprise sees only its own (others answer 404). Window
 * staff ({@code demands.handle}) see demands whose window or own region lies in their subtree, and
 * act only on those whose window does (403). Anyone else is refused (401 anonymous, 403 otherwise).
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

    /** Staff who handle demands: the permission, and a region (administrators act everywhere). */
    static boolean handler(Caller caller) {
        return caller.has(DemandsModule.HANDLE)
                && (caller.kind() == AccountKind.ADMIN || (caller.kind() == AccountKind.STAFF && caller.regionCode() != null));
    }

    /** 401 / 403 unless the caller is an enterprise or a handler at all. */
    static void user(Caller caller) {
        loggedIn(caller);
        if (!enterprise(caller) && !handler(caller)) {
            throw Problems.forbidden("只有企业和窗口工作人员可以使用诉求直办",
                    "Only enterprises and window staff use demands");
        }
    }

    /** The demand if the caller may see it; 404 as if it did not exist otherwise. */
    static Demand visible(Caller caller, Demand d) {
        user(caller);
        boolean own = enterprise(caller) && caller.uscc().equals(d.uscc());
        boolean scoped = handler(caller) && (caller.covers(d.windowRegion()) || caller.covers(d.region()));
        if (!own && !scoped) {
            throw Problems.notFound(d.id());
        }
        return d;
    }

    /** 403 unless the caller handles demands of the demand's current window. */
    static void handles(Caller caller, Demand d) {
        visible(caller, d);
        if (!handler(caller) || !caller.covers(d.windowRegion())) {
            throw Problems.forbidden("诉求 " + d.id() + " 由 " + d.windowName() + " 办理，不在您的管辖范围内",
                    "Demand " + d.id() + " is handled by the window of " + d.windowRegion() + ", outside your region");
        }
    }

    /** 403 unless the caller is the demand's own enterprise. */
    static void owns(Caller caller, Demand d) {
        visible(caller, d);
        if (!enterprise(caller) || !caller.uscc().equals(d.uscc())) {
            throw Problems.forbidden("只有提出诉求的企业可以执行此操作",
                    "Only the enterprise that submitted demand " + d.id() + " may do this");
        }
    }

    static String actor(Caller caller) {
        return caller.username() == null ? "anonymous" : caller.username();
    }
}
