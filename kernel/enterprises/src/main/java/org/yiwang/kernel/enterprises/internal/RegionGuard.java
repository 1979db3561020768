package org.yiwang.kernel.enterprises.internal;

import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseQuery;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/**
 * Staff act within their region subtree: lists are narrowed to it, records outside it are
 * invisible (404) and cannot be written (403). Administrators act everywhere; callers without a
 * region (enterprise or institution accounts given enterprise permissions) see nothing.
 */
final class RegionGuard {

    private RegionGuard() {
    }

    /** The query narrowed to the caller's subtree; 403 when it asks for a region outside it. */
    static EnterpriseQuery scoped(Caller caller, EnterpriseQuery query) {
        if (caller.kind() == AccountKind.ADMIN) {
            return query;
        }
        if (caller.regionCode() == null) {
            throw outside("");
        }
        if (query.regionCode() == null || query.regionCode().isBlank()) {
            return new EnterpriseQuery(query.q(), caller.regionCode(), query.industryCode(), query.sizeClass(),
                    query.tier(), query.tag());
        }
        if (!caller.covers(query.regionCode())) {
            throw outside(query.regionCode());
        }
        return query;
    }

    /** The record if the caller may see it; otherwise 404, as if it did not exist. */
    static Enterprise visible(Caller caller, Enterprise e) {
        if (!caller.covers(e.regionCode())) {
            throw ProblemException.notFound("没有统一社会信用代码为 " + e.uscc() + " 的企业",
                    "No enterprise with USCC " + e.uscc());
        }
        return e;
    }

    /** 403 unless the caller may write records of this region (null is left to validation). */
    static void writable(Caller caller, String regionCode) {
        if (regionCode != null && !regionCode.isBlank() && !caller.covers(regionCode)) {
            throw outside(regionCode);
        }
    }

    private static ProblemException outside(String region) {
        return new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(
                "行政区划 " + region + " 不在您的管辖范围内", "Region " + region + " is outside your region"));
    }
}
