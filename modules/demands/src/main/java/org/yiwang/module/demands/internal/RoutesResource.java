package org.yiwang.module.demands.internal;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/demands/routes}: the routing rules of the caller's region. */
@Component(service = RoutesResource.class, property = JaxRs.RESOURCE)
@Path("/demands/routes")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(DemandsModule.CONFIGURE)
public final class RoutesResource {

    private final RoutingService routing;

    @Activate
    public RoutesResource(@Reference RoutingService routing) {
        this.routing = routing;
    }

    @GET
    @RequiresPermission(DemandsModule.CONFIGURE)
    public List<Route> list(@Context SecurityContext security) {
        return routing.routes(Callers.of(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(DemandsModule.CONFIGURE)
    public Response add(NewRoute body, @Context SecurityContext security) {
        Route r = routing.addRoute(Callers.of(security), body);
        return Response.created(URI.create("/api/demands/routes/" + r.id())).entity(r).build();
    }

    @DELETE
    @Path("/{rid: \\d+}")
    @RequiresPermission(DemandsModule.CONFIGURE)
    public Response delete(@PathParam("rid") long id, @Context SecurityContext security) {
        routing.deleteRoute(Callers.of(security), id);
        return Response.noContent().build();
    }
}
