package org.yiwang.kernel.ledger.internal;

import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * Who may see and touch a record. Staff act within their region subtree: records outside it are
 * invisible (404). An enterprise sees its own records; another enterprise's record is refused (403).
 * Administrators act everywhere. Anonymous callers get 401, institutions 403.
 */
final class Access {

    private Access() {
    }

    static boolean isStaff(Caller c) {
        return c.kind() == AccountKind.STAFF || c.kind() == AccountKind.ADMIN;
    }

    /** Whether the caller may see the record (no exception: for {@code Ledger.find}). */
    static boolean sees(Caller c, ServiceRecord r) {
        if (isStaff(c)) {
            return c.covers(r.regionCode());
        }
        return c.kind() == AccountKind.ENTERPRISE && r.uscc().equals(c.uscc());
    }

    /** The record, if the caller may see it; otherwise 401, 403 or 404 as the class says. */
    static ServiceRecord visible(Caller c, ServiceRecord r) {
        if (c.kind() == AccountKind.ANONYMOUS) {
            throw unauthenticated();
        }
        if (isStaff(c)) {
            if (!c.covers(r.regionCode())) {
                throw notFound(r.id());
            }
            return r;
        }
        if (c.kind() == AccountKind.ENTERPRISE && r.uscc().equals(c.uscc())) {
            return r;
        }
        throw forbidden("这条服务记录不属于您的企业", "This service record is not your enterprise's");
    }

    /** Staff of the record's region (follow-ups): 401 anonymous, 403 not staff, 404 outside the region. */
    static ServiceRecord staffOf(Caller c, ServiceRecord r) {
        if (c.kind() == AccountKind.ANONYMOUS) {
            throw unauthenticated();
        }
        if (!isStaff(c)) {
            throw forbidden("只有工作人员可以记录回访", "Only staff record follow-ups");
        }
        return visible(c, r);
    }

    /** 403 unless the caller (staff) may act in this region. */
    static void inRegion(Caller c, String region) {
        if (region != null && !c.covers(region)) {
            throw outside(region);
        }
    }

    static ProblemException outside(String region) {
        return forbidden("行政区划 " + region + " 不在您的管辖范围内", "Region " + region + " is outside your region");
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("没有编号为 " + id + " 的服务记录", "No service record " + id);
    }

    static ProblemException unauthenticated() {
        return new ProblemException(ProblemType.UNAUTHENTICATED, null);
    }

    static ProblemException forbidden(String zh, String en) {
        return new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(zh, en));
    }
}
