package org.yiwang.module.institutions.internal;

import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;

/** {@code /api/institutions/experts}: the expert pool (public search; kept by institutions and reviewing staff). */
@Component(service = ExpertsResource.class, property = JaxRs.RESOURCE)
@Path("/institutions/experts")
@Produces(MediaType.APPLICATION_JSON)
public final class ExpertsResource {

    private final ExpertService experts;

    @Activate
    public ExpertsResource(@Reference ExpertService experts) {
        this.experts = experts;
    }

    @GET
    @Public
    public Page<Expert> search(@QueryParam("q") String q, @QueryParam("category") String category,
                               @QueryParam("region") String region, @QueryParam("institution") Long institution,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return experts.search(q, category, region, institution, PageRequest.of(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Response create(ExpertRequest body, @Context SecurityContext security) {
        Expert e = experts.create(Callers.of(security), body);
        return Response.created(URI.create("/api/institutions/experts/" + e.id())).entity(e).build();
    }

    @PUT
    @Path("/{eid: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Expert update(@PathParam("eid") long id, ExpertRequest body, @Context SecurityContext security) {
        return experts.update(Callers.of(security), id, body);
    }

    /** Takes the expert out of the pool (kept as inactive). */
    @DELETE
    @Path("/{eid: \\d+}")
    @Public
    public Expert deactivate(@PathParam("eid") long id, @Context SecurityContext security) {
        return experts.deactivate(Callers.of(security), id);
    }
}
