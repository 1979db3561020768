package org.yiwang.kernel.ledger.internal;

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
import org.yiwang.kernel.api.ledger.FollowUp;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/**
 * {@code /api/ledger/records}: list and read (staff of the region, or the enterprise itself), record
 * by hand, complete, follow up and rate. Enterprise accounts hold no permissions, so the methods they
 * may call are public and check the caller in code.
 */
@Component(service = RecordsResource.class, property = JaxRs.RESOURCE)
@Path("/ledger/records")
@Produces(MediaType.APPLICATION_JSON)
public final class RecordsResource {

    private final LedgerService ledger;

    @Activate
    public RecordsResource(@Reference LedgerService ledger) {
        this.ledger = ledger;
    }

    /** Request body of {@code complete}. */
    public record CompleteBody(String outcome) {
    }

    /** Request body of a follow-up. */
    public record FollowUpBody(String channel, String notes) {
    }

    /** Request body of a rating (score as a number, so that 4.5 is refused rather than truncated). */
    public record RatingBody(java.math.BigDecimal score, String comment) {
    }

    @GET
    @Public
    public Page<ServiceRecord> list(@QueryParam("region") String region, @QueryParam("uscc") String uscc,
                                    @QueryParam("module") String module, @QueryParam("provider") String provider,
                                    @QueryParam("category") String category, @QueryParam("status") String status,
                                    @QueryParam("rated") String rated, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size, @Context SecurityContext security) {
        Caller caller = reader(Callers.of(security));
        return ledger.search(caller, Params.query(region, uscc, module, provider, category, status, rated, from, to),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Public
    public ServiceRecord get(@PathParam("id") String id, @Context SecurityContext security) {
        return Access.visible(reader(Callers.of(security)), ledger.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(LedgerModule.WRITE)
    public Response create(NewServiceRecord body, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        if (body != null && body.regionCode() != null && body.regionCode().strip().matches("\\d{6}")) {
            Access.inRegion(caller, body.regionCode().strip());
        }
        ServiceRecord created = ledger.record(caller, body);
        return Response.created(URI.create("/api/ledger/records/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(LedgerModule.WRITE)
    public ServiceRecord complete(@PathParam("id") String id, CompleteBody body, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        Access.visible(caller, ledger.get(id));
        return ledger.complete(caller, id, body == null ? null : body.outcome());
    }

    @GET
    @Path("/{id}/follow-ups")
    @RequiresPermission(LedgerModule.READ)
    public List<FollowUp> followUps(@PathParam("id") String id, @Context SecurityContext security) {
        return ledger.followUps(Callers.of(security), id);
    }

    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(LedgerModule.WRITE)
    public Response followUp(@PathParam("id") String id, FollowUpBody body, @Context SecurityContext security) {
        FollowUpBody b = body == null ? new FollowUpBody(null, null) : body;
        FollowUp f = ledger.followUp(Callers.of(security), id, b.channel(), b.notes());
        return Response.created(URI.create("/api/ledger/records/" + id + "/follow-ups")).entity(f).build();
    }

    @POST
    @Path("/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public ServiceRecord rate(@PathParam("id") String id, RatingBody body, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        if (caller.kind() == org.yiwang.kernel.api.security.AccountKind.ANONYMOUS) {
            throw Access.unauthenticated();
        }
        if (Access.isStaff(caller) && !caller.has(LedgerModule.WRITE)) {
            throw Access.forbidden("需要权限 " + LedgerModule.WRITE, "Permission " + LedgerModule.WRITE + " required");
        }
        Access.visible(caller, ledger.get(id));
        if (body == null || body.score() == null) {
            throw Params.required("score");
        }
        java.math.BigDecimal score = body.score();
        if (score.stripTrailingZeros().scale() > 0 || score.abs().compareTo(java.math.BigDecimal.TEN) > 0) {
            throw ProblemException.invalid(List.of(Checks.error("score", "range", "score 应为 1 到 5 的整数",
                    "score must be a whole number between 1 and 5")));
        }
        return ledger.rate(caller, id, score.intValue(), body.comment());
    }

    /** Anonymous → 401; staff need ledger.read; enterprises see their own (checked by the service). */
    private static Caller reader(Caller caller) {
        if (Access.isStaff(caller) && !caller.has(LedgerModule.READ)) {
            throw Access.forbidden("需要权限 " + LedgerModule.READ, "Permission " + LedgerModule.READ + " required");
        }
        if (caller.kind() == org.yiwang.kernel.api.security.AccountKind.ANONYMOUS) {
            throw Access.unauthenticated();
        }
        return caller;
    }
}
