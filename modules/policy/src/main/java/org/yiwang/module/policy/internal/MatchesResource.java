package org.yiwang.module.policy.internal;

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
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;

/**
 * {@code /api/policy/matches} ("policies for me"), {@code /api/policy/inbox} and
 * {@code /api/policy/subscriptions}: the enterprise's side. {@code @Public}: the services check the
 * caller (the enterprise itself; staff with policy.match for the matches).
 */
@Component(service = MatchesResource.class, property = JaxRs.RESOURCE)
@Path("/policy")
@Produces(MediaType.APPLICATION_JSON)
public final class MatchesResource {

    private final MatchService matches;
    private final InboxService inbox;

    @Activate
    public MatchesResource(@Reference MatchService matches, @Reference InboxService inbox) {
        this.matches = matches;
        this.inbox = inbox;
    }

    /** {@code enterprise} a USCC; an enterprise account may leave it out (itself). */
    @GET
    @Path("/matches")
    @Public
    public EnterpriseMatches matches(@QueryParam("enterprise") String enterprise, @Context SecurityContext security) {
        return matches.forEnterprise(Callers.of(security), enterprise);
    }

    @GET
    @Path("/inbox")
    @Public
    public InboxPage inbox(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                           @Context SecurityContext security) {
        return inbox.inbox(Callers.of(security), PageRequest.of(page, size));
    }

    @POST
    @Path("/inbox/{id: \\d+}/read")
    @Public
    public Response read(@PathParam("id") long id, @Context SecurityContext security) {
        inbox.read(Callers.of(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/subscriptions")
    @Public
    public Subscription subscription(@Context SecurityContext security) {
        return inbox.subscription(Callers.of(security));
    }

    @PUT
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Subscription subscribe(SubscriptionInput body, @Context SecurityContext security) {
        return inbox.subscribe(Callers.of(security), body);
    }
}
