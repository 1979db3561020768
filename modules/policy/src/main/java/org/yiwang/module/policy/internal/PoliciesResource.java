package org.yiwang.module.policy.internal;

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
 * {@code /api/policy/policies}: the public search and read; staff create, edit, move through the
 * lifecycle, interpret; the matching enterprises of a policy; consultations and applications.
 */
@Component(service = PoliciesResource.class, property = JaxRs.RESOURCE)
@Path("/policy/policies")
@Produces(MediaType.APPLICATION_JSON)
public final class PoliciesResource {

    private final PolicyService policies;
    private final PolicySearch search;
    private final MatchService matches;
    private final Requests requests;

    @Activate
    public PoliciesResource(@Reference PolicyService policies, @Reference PolicySearch search,
                            @Reference MatchService matches, @Reference Requests requests) {
        this.policies = policies;
        this.search = search;
        this.matches = matches;
        this.requests = requests;
    }

    /** Published policies in force: search with highlights ({@code q}), filters, newest first without {@code q}. */
    @GET
    @Public
    public Page<PolicySummary> search(@QueryParam("q") String q, @QueryParam("region") String region,
                                      @QueryParam("level") String level, @QueryParam("category") String category,
                                      @QueryParam("date") String date, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        return search.search(q, region, level, category, date, PageRequest.of(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PolicyModule.EDIT)
    public Response create(PolicyInput body, @Context SecurityContext security) {
        Policy p = policies.create(Callers.of(security), body);
        return Response.created(URI.create("/api/policy/policies/" + p.id())).entity(p).build();
    }

    @GET
    @Path("/{id: \\d+}")
    @Public
    public Policy get(@PathParam("id") long id, @Context SecurityContext security) {
        return policies.get(Callers.of(security), id);
    }

    @PUT
    @Path("/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PolicyModule.EDIT)
    public Policy update(@PathParam("id") long id, PolicyInput body, @Context SecurityContext security) {
        return policies.update(Callers.of(security), id, body);
    }

    @POST
    @Path("/{id: \\d+}/submit")
    @RequiresPermission(PolicyModule.EDIT)
    public Policy submit(@PathParam("id") long id, NoteRequest body, @Context SecurityContext security) {
        return policies.act(Callers.of(security), id, Action.SUBMIT, note(body));
    }

    /** Sends a policy under review back to draft. */
    @POST
    @Path("/{id: \\d+}/return")
    @RequiresPermission(PolicyModule.REVIEW)
    public Policy sendBack(@PathParam("id") long id, NoteRequest body, @Context SecurityContext security) {
        return policies.act(Callers.of(security), id, Action.RETURN, note(body));
    }

    @POST
    @Path("/{id: \\d+}/publish")
    @RequiresPermission(PolicyModule.PUBLISH)
    public Policy publish(@PathParam("id") long id, NoteRequest body, @Context SecurityContext security) {
        return policies.act(Callers.of(security), id, Action.PUBLISH, note(body));
    }

    @POST
    @Path("/{id: \\d+}/withdraw")
    @RequiresPermission(PolicyModule.PUBLISH)
    public Policy withdraw(@PathParam("id") long id, NoteRequest body, @Context SecurityContext security) {
        return policies.act(Callers.of(security), id, Action.WITHDRAW, note(body));
    }

    @GET
    @Path("/{id: \\d+}/history")
    @RequiresPermission(PolicyModule.READ)
    public List<HistoryEntry> history(@PathParam("id") long id, @Context SecurityContext security) {
        return policies.history(Callers.of(security), id);
    }

    @GET
    @Path("/{id: \\d+}/versions")
    @Public
    public List<VersionEntry> versions(@PathParam("id") long id, @Context SecurityContext security) {
        return policies.versions(Callers.of(security), id);
    }

    @POST
    @Path("/{id: \\d+}/interpretations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PolicyModule.EDIT)
    public Response interpret(@PathParam("id") long id, InterpretationInput body, @Context SecurityContext security) {
        Interpretation i = policies.interpret(Callers.of(security), id, body);
        return Response.created(URI.create("/api/policy/policies/" + id + "/interpretations/" + i.id())).entity(i).build();
    }

    @DELETE
    @Path("/{id: \\d+}/interpretations/{iid: \\d+}")
    @RequiresPermission(PolicyModule.EDIT)
    public Response deleteInterpretation(@PathParam("id") long id, @PathParam("iid") long iid,
                                         @Context SecurityContext security) {
        policies.deleteInterpretation(Callers.of(security), id, iid);
        return Response.noContent().build();
    }

    /** The enterprises of the caller's region that meet the policy's criteria (in region order). */
    @GET
    @Path("/{id: \\d+}/matches")
    @RequiresPermission(PolicyModule.MATCH)
    public MatchPage matches(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                             @Context SecurityContext security) {
        return matches.forPolicy(Callers.of(security), id, PageRequest.of(page, size));
    }

    /** An enterprise asks about the policy, or staff record its question (and their answer). */
    @POST
    @Path("/{id: \\d+}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Response consult(@PathParam("id") long id, RequestInput body, @Context SecurityContext security) {
        PolicyRequest r = requests.submit(Callers.of(security), id, Requests.CONSULTATION, body);
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    /** An enterprise applies for the policy's benefit, or staff record the application for it. */
    @POST
    @Path("/{id: \\d+}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Response apply(@PathParam("id") long id, RequestInput body, @Context SecurityContext security) {
        PolicyRequest r = requests.submit(Callers.of(security), id, Requests.APPLICATION, body);
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    private static String note(NoteRequest body) {
        return body == null ? null : body.note();
    }
}
