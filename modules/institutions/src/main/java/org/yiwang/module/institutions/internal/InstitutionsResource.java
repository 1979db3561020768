package org.yiwang.module.institutions.internal;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
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
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/**
 * {@code /api/institutions}: the public directory and application, an institution's page and
 * history, profile changes and their approval, admission review, and exit (notice, appeal,
 * decision). {@code @Public} methods check the caller themselves.
 */
@Component(service = InstitutionsResource.class, property = JaxRs.RESOURCE)
@Path("/institutions")
@Produces(MediaType.APPLICATION_JSON)
public final class InstitutionsResource {

    private final RegistryService registry;
    private final ProductService products;
    private final CaseService cases;
    private final ExpertService experts;
    private final ExitService exit;

    @Activate
    public InstitutionsResource(@Reference RegistryService registry, @Reference ProductService products,
                                @Reference CaseService cases, @Reference ExpertService experts,
                                @Reference ExitService exit) {
        this.registry = registry;
        this.products = products;
        this.cases = cases;
        this.experts = experts;
        this.exit = exit;
    }

    @GET
    @Public
    public Page<Listing> directory(@QueryParam("q") String q, @QueryParam("category") String category,
                                   @QueryParam("region") String region, @QueryParam("type") String type,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return registry.directory(q, category, region, type, PageRequest.of(page, size));
    }

    /** The application (入库申请): anyone, with the login the institution wants. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Response apply(ProfileRequest body, @Context SecurityContext security) {
        Institution i = registry.apply(Callers.of(security), body);
        return Response.created(URI.create("/api/institutions/" + i.id())).entity(i).build();
    }

    /** Staff: every institution of their region, any status. */
    @GET
    @Path("/registry")
    @Public
    public Page<Listing> registry(@QueryParam("status") String status, @QueryParam("q") String q,
                                  @QueryParam("category") String category, @QueryParam("region") String region,
                                  @QueryParam("type") String type, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size, @Context SecurityContext security) {
        return registry.registry(Callers.of(security), status, q, category, region, type, PageRequest.of(page, size));
    }

    /** An institution account's own institution. */
    @GET
    @Path("/mine")
    @Public
    public Institution mine(@Context SecurityContext security) {
        return registry.mine(Callers.of(security));
    }

    @GET
    @Path("/changes")
    @RequiresPermission(InstitutionsModule.REVIEW)
    public PendingChanges changes(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        return new PendingChanges(registry.pendingProfiles(caller), products.pending(caller));
    }

    @GET
    @Path("/{id: \\d+}")
    @Public
    public InstitutionPage get(@PathParam("id") long id, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        return new InstitutionPage(registry.get(caller, id), products.list(caller, id), cases.list(caller, id),
                experts.ofInstitution(caller, id), registry.history(caller, id));
    }

    @GET
    @Path("/{id: \\d+}/history")
    @Public
    public List<HistoryEntry> history(@PathParam("id") long id, @Context SecurityContext security) {
        return registry.history(Callers.of(security), id);
    }

    /** A profile change: the institution itself (waits for approval once listed) or reviewing staff. */
    @PUT
    @Path("/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Institution change(@PathParam("id") long id, ProfileRequest body, @Context SecurityContext security) {
        return registry.change(Callers.of(security), id, body);
    }

    @POST
    @Path("/{id: \\d+}/pending/approve")
    @RequiresPermission(InstitutionsModule.REVIEW)
    public Institution approveChange(@PathParam("id") long id, ReasonRequest body, @Context SecurityContext security) {
        return registry.decideChange(Callers.of(security), id, true, body);
    }

    @POST
    @Path("/{id: \\d+}/pending/reject")
    @RequiresPermission(InstitutionsModule.REVIEW)
    public Institution rejectChange(@PathParam("id") long id, ReasonRequest body, @Context SecurityContext security) {
        return registry.decideChange(Callers.of(security), id, false, body);
    }

    @POST
    @Path("/{id: \\d+}/admit")
    @RequiresPermission(InstitutionsModule.REVIEW)
    public Institution admit(@PathParam("id") long id, ReasonRequest body, @Context SecurityContext security) {
        return registry.review(Callers.of(security), id, Transition.ADMIT, body);
    }

    @POST
    @Path("/{id: \\d+}/reject")
    @RequiresPermission(InstitutionsModule.REVIEW)
    public Institution reject(@PathParam("id") long id, ReasonRequest body, @Context SecurityContext security) {
        return registry.review(Callers.of(security), id, Transition.REJECT, body);
    }

    @POST
    @Path("/{id: \\d+}/exit-notice")
    @RequiresPermission(InstitutionsModule.EVALUATE)
    public Institution notice(@PathParam("id") long id, ReasonRequest body, @Context SecurityContext security) {
        exit.noticeByStaff(Callers.of(security), id, body);
        return registry.get(Callers.of(security), id);
    }

    /** The institution's appeal against its notice of exit, inside the window. */
    @POST
    @Path("/{id: \\d+}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Institution appeal(@PathParam("id") long id, AppealRequest body, @Context SecurityContext security) {
        exit.appeal(Callers.of(security), id, body);
        return registry.get(Callers.of(security), id);
    }

    @POST
    @Path("/{id: \\d+}/appeal/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InstitutionsModule.EVALUATE)
    public Institution decide(@PathParam("id") long id, AppealDecision body, @Context SecurityContext security) {
        exit.decide(Callers.of(security), id, body);
        return registry.get(Callers.of(security), id);
    }
}
