package org.yiwang.kernel.identity.internal.rest;

import java.net.URI;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
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
import org.yiwang.kernel.api.security.RequiresPermission;
import org.yiwang.kernel.identity.internal.IdentityService;
import org.yiwang.kernel.identity.internal.Role;
import org.yiwang.kernel.identity.internal.RoleBody;

/** {@code /api/identity/roles}: roles and their permissions. */
@Component(service = RolesResource.class, property = JaxRs.RESOURCE)
@Path("/identity/roles")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("identity.roles.manage")
public final class RolesResource {

    private final IdentityService identity;

    @Activate
    public RolesResource(@Reference IdentityService identity) {
        this.identity = identity;
    }

    @GET
    @RequiresPermission("identity.roles.manage")
    public List<Role> list(@Context SecurityContext security) {
        return identity.roles().list(Callers.of(security));
    }

    @POST
    @RequiresPermission("identity.roles.manage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RoleBody body, @Context SecurityContext security, @Context HttpServletRequest request) {
        Role r = identity.roles().create(Callers.of(security), body, Requests.ip(request));
        return Response.created(URI.create("/api/identity/roles/" + r.name())).entity(r).build();
    }

    @PUT
    @Path("/{name}")
    @RequiresPermission("identity.roles.manage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Role update(@PathParam("name") String name, RoleBody body, @Context SecurityContext security,
                       @Context HttpServletRequest request) {
        return identity.roles().update(Callers.of(security), name, body, Requests.ip(request));
    }

    @DELETE
    @Path("/{name}")
    @RequiresPermission("identity.roles.manage")
    public Response delete(@PathParam("name") String name, @Context SecurityContext security,
                           @Context HttpServletRequest request) {
        identity.roles().delete(Callers.of(security), name, Requests.ip(request));
        return Response.noContent().build();
    }
}
