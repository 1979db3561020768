package org.yiwang.kernel.identity.internal.rest;

import java.net.URI;
import javax.servlet.http.HttpServletRequest;
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
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;
import org.yiwang.kernel.identity.internal.Account;
import org.yiwang.kernel.identity.internal.AccountChanges;
import org.yiwang.kernel.identity.internal.AccountStatus;
import org.yiwang.kernel.identity.internal.IdentityService;
import org.yiwang.kernel.identity.internal.NewAccount;

/** {@code /api/identity/accounts}: account management, region-scoped (the service enforces the rules). */
@Component(service = AccountsResource.class, property = JaxRs.RESOURCE)
@Path("/identity/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("identity.accounts.manage")
public final class AccountsResource {

    private final IdentityService identity;

    @Activate
    public AccountsResource(@Reference IdentityService identity) {
        this.identity = identity;
    }

    @GET
    @RequiresPermission("identity.accounts.manage")
    public Page<Account> list(@QueryParam("kind") String kind, @QueryParam("status") String status,
                              @QueryParam("q") String q, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size, @Context SecurityContext security) {
        return identity.accounts().list(Callers.of(security), Params.enumValue("kind", kind, AccountKind.class),
                Params.enumValue("status", status, AccountStatus.class), q, PageRequest.of(page, size));
    }

    @POST
    @RequiresPermission("identity.accounts.manage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount body, @Context SecurityContext security, @Context HttpServletRequest request) {
        Account a = identity.accounts().create(Callers.of(security), body, Requests.ip(request));
        return Response.created(URI.create("/api/identity/accounts/" + a.id())).entity(a).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission("identity.accounts.manage")
    public Account get(@PathParam("id") String id, @Context SecurityContext security) {
        return identity.accounts().get(Callers.of(security), id);
    }

    @PUT
    @Path("/{id}")
    @RequiresPermission("identity.accounts.manage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account update(@PathParam("id") String id, AccountChanges body, @Context SecurityContext security,
                          @Context HttpServletRequest request) {
        return identity.accounts().update(Callers.of(security), id, body, Requests.ip(request));
    }

    @POST
    @Path("/{id}/disable")
    @RequiresPermission("identity.accounts.manage")
    public Account disable(@PathParam("id") String id, @Context SecurityContext security,
                           @Context HttpServletRequest request) {
        return identity.accounts().disable(Callers.of(security), id, Requests.ip(request));
    }

    @POST
    @Path("/{id}/enable")
    @RequiresPermission("identity.accounts.manage")
    public Account enable(@PathParam("id") String id, @Context SecurityContext security,
                          @Context HttpServletRequest request) {
        return identity.accounts().enable(Callers.of(security), id, Requests.ip(request));
    }

    @POST
    @Path("/{id}/unlock")
    @RequiresPermission("identity.accounts.manage")
    public Account unlock(@PathParam("id") String id, @Context SecurityContext security,
                          @Context HttpServletRequest request) {
        return identity.accounts().unlock(Callers.of(security), id, Requests.ip(request));
    }
}
