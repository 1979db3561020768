package org.yiwang.kernel.identity.internal.rest;

import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.identity.internal.IdentityService;
import org.yiwang.kernel.identity.internal.IssuedToken;

/**
 * {@code /api/identity/login|logout|me|me/password}. All four are {@link Public} on purpose: login
 * and logout need no caller, {@code me} answers anonymous too, and a password change checks the
 * caller (401 when anonymous) and the current password itself.
 */
@Component(service = SessionResource.class, property = JaxRs.RESOURCE)
@Path("/identity")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    private final IdentityService identity;

    @Activate
    public SessionResource(@Reference IdentityService identity) {
        this.identity = identity;
    }

    @POST
    @Path("/login")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public LoginResponse login(LoginRequest body, @Context HttpServletRequest request) {
        if (body == null || body.username() == null || body.password() == null) {
            throw ProblemException.invalid(List.of(FieldError.of("username", "required", "必须填写用户名和密码",
                    "username and password are required")));
        }
        IssuedToken t = identity.logins().login(body.username(), body.password(), Requests.ip(request));
        return new LoginResponse(t.token(), t.expiresAt());
    }

    @POST
    @Path("/logout")
    @Public
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @Context HttpServletRequest request) {
        identity.logins().logout(Requests.bearer(authorization), Requests.ip(request));
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @Public
    public Caller me(@Context SecurityContext security) {
        return Callers.of(security);
    }

    @PUT
    @Path("/me/password")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChangeRequest body, @Context SecurityContext security,
                                   @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   @Context HttpServletRequest request) {
        PasswordChangeRequest b = body == null ? new PasswordChangeRequest(null, null) : body;
        identity.passwords().change(Callers.of(security), Requests.bearer(authorization), b.currentPassword(),
                b.newPassword(), Requests.ip(request));
        return Response.noContent().build();
    }
}
