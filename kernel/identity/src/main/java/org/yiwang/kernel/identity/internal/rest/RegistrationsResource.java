package org.yiwang.kernel.identity.internal.rest;

import javax.servlet.http.HttpServletRequest;
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
import org.yiwang.kernel.identity.internal.IdentityService;
import org.yiwang.kernel.identity.internal.Registration;
import org.yiwang.kernel.identity.internal.RegistrationRequest;
import org.yiwang.kernel.identity.internal.RegistrationStatus;

/** {@code /api/identity/registrations}: enterprise self-registration (public) and its review (staff). */
@Component(service = RegistrationsResource.class, property = JaxRs.RESOURCE)
@Path("/identity/registrations")
@Produces(MediaType.APPLICATION_JSON)
public final class RegistrationsResource {

    private final IdentityService identity;

    @Activate
    public RegistrationsResource(@Reference IdentityService identity) {
        this.identity = identity;
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(RegistrationRequest body, @Context HttpServletRequest request) {
        Registration r = identity.registrations().register(body, Requests.ip(request));
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @GET
    @RequiresPermission("identity.accounts.manage")
    public Page<Registration> list(@QueryParam("status") String status, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size, @Context SecurityContext security) {
        return identity.registrations().list(Callers.of(security),
                Params.enumValue("status", status, RegistrationStatus.class), PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/approve")
    @RequiresPermission("identity.accounts.manage")
    public Registration approve(@PathParam("id") String id, @Context SecurityContext security,
                                @Context HttpServletRequest request) {
        return identity.registrations().approve(Callers.of(security), id, Requests.ip(request));
    }

    @POST
    @Path("/{id}/reject")
    @RequiresPermission("identity.accounts.manage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Registration reject(@PathParam("id") String id, RejectRequest body, @Context SecurityContext security,
                               @Context HttpServletRequest request) {
        return identity.registrations().reject(Callers.of(security), id, body == null ? null : body.reason(),
                Requests.ip(request));
    }
}
