package org.yiwang.kernel.enterprises.internal;

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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseQuery;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/enterprises}: list, read, create, replace and delete enterprise profiles. */
@Component(service = EnterprisesResource.class, property = JaxRs.RESOURCE)
@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
public final class EnterprisesResource {

    private final EnterpriseService enterprises;

    @Activate
    public EnterprisesResource(@Reference EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GET
    @RequiresPermission(EnterprisesModule.READ)
    public Page<Enterprise> list(@QueryParam("q") String q, @QueryParam("region") String region,
                                 @QueryParam("industry") String industry, @QueryParam("sizeClass") String sizeClass,
                                 @QueryParam("tier") String tier, @QueryParam("tag") String tag,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                 @Context SecurityContext security) {
        EnterpriseQuery query = RegionGuard.scoped(Callers.of(security),
                new EnterpriseQuery(q, region, industry, sizeClass, tier, tag));
        return enterprises.search(query, PageRequest.of(page, size));
    }

    @GET
    @Path("/{uscc}")
    @RequiresPermission(EnterprisesModule.READ)
    public Enterprise get(@PathParam("uscc") String uscc, @Context SecurityContext security) {
        return RegionGuard.visible(Callers.of(security), enterprises.get(uscc));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(EnterprisesModule.WRITE)
    public Response create(Enterprise body, @Context SecurityContext security) {
        RegionGuard.writable(Callers.of(security), required(body).regionCode());
        Enterprise created = enterprises.create(body);
        return Response.created(URI.create("/api/enterprises/" + created.uscc())).entity(created).build();
    }

    @PUT
    @Path("/{uscc}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(EnterprisesModule.WRITE)
    public Enterprise update(@PathParam("uscc") String uscc, Enterprise body, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        RegionGuard.visible(caller, enterprises.get(uscc));
        RegionGuard.writable(caller, required(body).regionCode());
        return enterprises.update(uscc, body);
    }

    @DELETE
    @Path("/{uscc}")
    @RequiresPermission(EnterprisesModule.WRITE)
    public Response delete(@PathParam("uscc") String uscc, @Context SecurityContext security) {
        RegionGuard.visible(Callers.of(security), enterprises.get(uscc));
        enterprises.delete(uscc);
        return Response.noContent().build();
    }

    private static Enterprise required(Enterprise body) {
        if (body == null) {
            throw ProblemException.invalid(List.of(FieldError.of("body", "required", "缺少请求体", "A JSON body is required")));
        }
        return body;
    }
}
