package org.yiwang.module.institutions.internal;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
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
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/institutions/{id}/evaluations}: periodic evaluations of an institution. */
@Component(service = EvaluationsResource.class, property = JaxRs.RESOURCE)
@Path("/institutions/{id: \\d+}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public final class EvaluationsResource {

    private final EvaluationService evaluations;

    @Activate
    public EvaluationsResource(@Reference EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** The institution itself and staff of its region. */
    @GET
    @Public
    public List<Evaluation> list(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluations.list(Callers.of(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InstitutionsModule.EVALUATE)
    public Response evaluate(@PathParam("id") long id, EvaluationRequest body, @Context SecurityContext security) {
        Evaluation e = evaluations.evaluate(Callers.of(security), id, body);
        return Response.created(URI.create("/api/institutions/" + id + "/evaluations/" + e.id())).entity(e).build();
    }
}
