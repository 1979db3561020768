package org.yiwang.module.institutions.internal;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.yiwang.kernel.api.security.Public;

/** {@code /api/institutions/{id}/cases}: an institution's cases (kept by the institution or reviewing staff). */
@Component(service = CasesResource.class, property = JaxRs.RESOURCE)
@Path("/institutions/{id: \\d+}/cases")
@Produces(MediaType.APPLICATION_JSON)
public final class CasesResource {

    private final CaseService cases;

    @Activate
    public CasesResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    @Public
    public List<ServiceCase> list(@PathParam("id") long id, @Context SecurityContext security) {
        return cases.list(Callers.of(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Response create(@PathParam("id") long id, CaseRequest body, @Context SecurityContext security) {
        ServiceCase k = cases.create(Callers.of(security), id, body);
        return Response.created(URI.create("/api/institutions/" + id + "/cases/" + k.id())).entity(k).build();
    }

    @PUT
    @Path("/{cid: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public ServiceCase update(@PathParam("id") long id, @PathParam("cid") long cid, CaseRequest body,
                              @Context SecurityContext security) {
        return cases.update(Callers.of(security), id, cid, body);
    }

    @DELETE
    @Path("/{cid: \\d+}")
    @Public
    public Response delete(@PathParam("id") long id, @PathParam("cid") long cid, @Context SecurityContext security) {
        cases.delete(Callers.of(security), id, cid);
        return Response.noContent().build();
    }
}
