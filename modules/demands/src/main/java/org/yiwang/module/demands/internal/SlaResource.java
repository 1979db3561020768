package org.yiwang.module.demands.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/demands/sla}: deadlines per category and the reminder point. */
@Component(service = SlaResource.class, property = JaxRs.RESOURCE)
@Path("/demands/sla")
@Produces(MediaType.APPLICATION_JSON)
public final class SlaResource {

    private final RoutingService routing;

    @Activate
    public SlaResource(@Reference RoutingService routing) {
        this.routing = routing;
    }

    @GET
    @RequiresPermission(DemandsModule.CONFIGURE)
    public SlaSettings get() {
        return routing.sla();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(DemandsModule.CONFIGURE)
    public SlaSettings put(SlaSettings body, @Context SecurityContext security) {
        return routing.putSla(Callers.of(security), body);
    }
}
