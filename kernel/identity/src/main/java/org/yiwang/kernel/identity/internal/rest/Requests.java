package org.yiwang.kernel.identity.internal.rest;

import javax.servlet.http.HttpServletRequest;

/** Small request helpers shared by the identity resources. */
final class Requests {

    private Requests() {
    }

    /** The caller's address for the audit trail; null outside a servlet request. */
    static String ip(HttpServletRequest request) {
        try {
            return request == null ? null : request.getRemoteAddr();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    /** The token of an {@code Authorization: Bearer …} header; null if there is none. */
    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }
}
