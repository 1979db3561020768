package org.yiwang.module.institutions.internal;

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
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;

/** {@code /api/institutions/requests/mine}: an enterprise's product requests. */
@Component(service = RequestsResource.class, property = JaxRs.RESOURCE)
@Path("/institutions/requests")
@Produces(MediaType.APPLICATION_JSON)
public final class RequestsResource {

    private final RequestService requests;

    @Activate
    public RequestsResource(@Reference RequestService requests) {
        this.requests = requests;
    }

    @GET
    @Path("/mine")
    @Public
    public Page<ServiceRequest> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                     @Context SecurityContext security) {
        return requests.mine(Callers.of(security), PageRequest.of(page, size));
    }
}
