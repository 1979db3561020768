package org.yiwang.kernel.web.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Context;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;

/**
 * Every write request (anything but GET, HEAD, OPTIONS) is recorded in the audit trail with who,
 * when, what (method and path), from where and the outcome — including refused ones. Modules add
 * entity-level entries (changed fields) through {@link AuditLog} themselves.
 */
final class AuditFilter implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest servletRequest;

    private final Supplier<AuditLog> audit;
    private final Clock clock;

    AuditFilter(Supplier<AuditLog> audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        AuditLog log = audit.get();
        if (log == null || READS.contains(request.getMethod())) {
            return;
        }
        Caller caller = Callers.of(request.getSecurityContext());
        int status = response.getStatus();
        String outcome = status < 400 ? "success" : status == 401 || status == 403 ? "denied" : "failed:" + status;
        String path = "/api/" + request.getUriInfo().getPath();
        log.record(new AuditEntry(clock.instant(), caller.username() == null ? "anonymous" : caller.username(),
                request.getMethod(), "request", path, List.of(), ip(), outcome));
    }

    private String ip() {
        try {
            return servletRequest.getRemoteAddr();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
