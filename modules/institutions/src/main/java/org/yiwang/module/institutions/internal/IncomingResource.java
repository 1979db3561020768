package org.yiwang.module.institutions.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;

/** {@code /api/institutions/{id}/requests}: the requests an institution received; it accepts and completes them. */
@Component(service = IncomingResource.class, property = JaxRs.RESOURCE)
@Path("/institutions/{id: \\d+}/requests")
@Produces(MediaType.APPLICATION_JSON)
public final class IncomingResource {

    private final RequestService requests;

    @Activate
    public IncomingResource(@Reference RequestService requests) {
        this.requests = requests;
    }

    @GET
    @Public
    public Page<ServiceRequest> list(@PathParam("id") long id, @QueryParam("status") String status,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                     @Context SecurityContext security) {
        return requests.incoming(Callers.of(security), id, status, PageRequest.of(page, size));
    }

    @POST
    @Path("/{rid: \\d+}/accept")
    @Public
    public ServiceRequest accept(@PathParam("id") long id, @PathParam("rid") long rid,
                                 @Context SecurityContext security) {
        return requests.accept(Callers.of(security), id, rid);
    }

    @POST
    @Path("/{rid: \\d+}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public ServiceRequest complete(@PathParam("id") long id, @PathParam("rid") long rid, RequestBody body,
                                   @Context SecurityContext security) {
        return requests.complete(Callers.of(security), id, rid, body);
    }
}
