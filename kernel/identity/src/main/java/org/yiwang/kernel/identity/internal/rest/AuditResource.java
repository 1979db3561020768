package org.yiwang.kernel.identity.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;
import org.yiwang.kernel.identity.internal.AuditQuery;
import org.yiwang.kernel.identity.internal.IdentityAuditLog;

/** {@code GET /api/audit}: the audit trail, newest first; {@code audit.read} sees every region. */
@Component(service = AuditResource.class, property = JaxRs.RESOURCE)
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    private final IdentityAuditLog audit;

    @Activate
    public AuditResource(@Reference IdentityAuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RequiresPermission("audit.read")
    public Page<AuditEntry> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                 @QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                 @Context SecurityContext security) {
        AuditQuery q = new AuditQuery(actor, action, entity, entityId, Params.instant("from", from),
                Params.instant("to", to));
        return audit.query(Callers.of(security), q, PageRequest.of(page, size));
    }
}
