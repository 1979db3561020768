package org.yiwang.module.demands.internal;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.yiwang.kernel.api.security.RequiresPermission;

/**
 * {@code /api/demands}: submit, list and read demands, their history, and the lifecycle actions.
 * {@code @Public} methods check the caller themselves (enterprise: its own; staff: demands.handle
 * in their region).
 */
@Component(service = DemandsResource.class, property = JaxRs.RESOURCE)
@Path("/demands")
@Produces(MediaType.APPLICATION_JSON)
public final class DemandsResource {

    private final DemandService demands;

    @Activate
    public DemandsResource(@Reference DemandService demands) {
        this.demands = demands;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Response submit(NewDemand body, @Context SecurityContext security) {
        Demand d = demands.submit(Callers.of(security), body);
        return Response.created(URI.create("/api/demands/" + d.id())).entity(d).build();
    }

    @GET
    @Public
    public Page<Demand> list(@QueryParam("status") String status, @QueryParam("region") String region,
                             @QueryParam("overdue") String overdue, @QueryParam("category") String category,
                             @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                             @Context SecurityContext security) {
        return demands.list(Callers.of(security), status, region, overdue, category, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id: \\d+}")
    @Public
    public Demand get(@PathParam("id") long id, @Context SecurityContext security) {
        return demands.get(Callers.of(security), id);
    }

    @GET
    @Path("/{id: \\d+}/history")
    @Public
    public List<HistoryEntry> history(@PathParam("id") long id, @Context SecurityContext security) {
        return demands.history(Callers.of(security), id);
    }

    @POST
    @Path("/{id: \\d+}/accept")
    @RequiresPermission(DemandsModule.HANDLE)
    public Demand accept(@PathParam("id") long id, TransitionRequest body, @Context SecurityContext security) {
        return demands.act(Callers.of(security), id, Action.ACCEPT, body);
    }

    @POST
    @Path("/{id: \\d+}/start")
    @RequiresPermission(DemandsModule.HANDLE)
    public Demand start(@PathParam("id") long id, TransitionRequest body, @Context SecurityContext security) {
        return demands.act(Callers.of(security), id, Action.START, body);
    }

    @POST
    @Path("/{id: \\d+}/resolve")
    @RequiresPermission(DemandsModule.HANDLE)
    public Demand resolve(@PathParam("id") long id, TransitionRequest body, @Context SecurityContext security) {
        return demands.act(Callers.of(security), id, Action.RESOLVE, body);
    }

    @POST
    @Path("/{id: \\d+}/follow-up")
    @RequiresPermission(DemandsModule.HANDLE)
    public Demand followUp(@PathParam("id") long id, TransitionRequest body, @Context SecurityContext security) {
        return demands.act(Callers.of(security), id, Action.FOLLOW_UP, body);
    }

    @POST
    @Path("/{id: \\d+}/close")
    @RequiresPermission(DemandsModule.HANDLE)
    public Demand close(@PathParam("id") long id, TransitionRequest body, @Context SecurityContext security) {
        return demands.act(Callers.of(security), id, Action.CLOSE, body);
    }

    @POST
    @Path("/{id: \\d+}/reject")
    @RequiresPermission(DemandsModule.HANDLE)
    public Demand reject(@PathParam("id") long id, TransitionRequest body, @Context SecurityContext security) {
        return demands.act(Callers.of(security), id, Action.REJECT, body);
    }

    /** The enterprise withdraws its own demand. */
    @POST
    @Path("/{id: \\d+}/withdraw")
    @Public
    public Demand withdraw(@PathParam("id") long id, TransitionRequest body, @Context SecurityContext security) {
        return demands.act(Callers.of(security), id, Action.WITHDRAW, body);
    }

    @POST
    @Path("/{id: \\d+}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(DemandsModule.HANDLE)
    public Demand transfer(@PathParam("id") long id, TransferRequest body, @Context SecurityContext security) {
        return demands.transfer(Callers.of(security), id, body);
    }

    /** The enterprise's rating, or staff recording it during the follow-up. */
    @POST
    @Path("/{id: \\d+}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Demand rate(@PathParam("id") long id, RatingRequest body, @Context SecurityContext security) {
        return demands.rate(Callers.of(security), id, body);
    }
}
