package org.yiwang.module.institutions.internal;

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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/institutions/{id}/products}: service products, their approval, and enterprises' requests for them. */
@Component(service = ProductsResource.class, property = JaxRs.RESOURCE)
@Path("/institutions/{id: \\d+}/products")
@Produces(MediaType.APPLICATION_JSON)
public final class ProductsResource {

    private final ProductService products;
    private final RequestService requests;

    @Activate
    public ProductsResource(@Reference ProductService products, @Reference RequestService requests) {
        this.products = products;
        this.requests = requests;
    }

    @GET
    @Public
    public List<Product> list(@PathParam("id") long id, @Context SecurityContext security) {
        return products.list(Callers.of(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Response create(@PathParam("id") long id, ProductRequest body, @Context SecurityContext security) {
        Product p = products.create(Callers.of(security), id, body);
        return Response.created(URI.create("/api/institutions/" + id + "/products/" + p.id())).entity(p).build();
    }

    @PUT
    @Path("/{pid: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public Product update(@PathParam("id") long id, @PathParam("pid") long pid, ProductRequest body,
                          @Context SecurityContext security) {
        return products.update(Callers.of(security), id, pid, body);
    }

    @DELETE
    @Path("/{pid: \\d+}")
    @Public
    public Product withdraw(@PathParam("id") long id, @PathParam("pid") long pid, @Context SecurityContext security) {
        return products.withdraw(Callers.of(security), id, pid);
    }

    @POST
    @Path("/{pid: \\d+}/pending/approve")
    @RequiresPermission(InstitutionsModule.REVIEW)
    public Product approve(@PathParam("id") long id, @PathParam("pid") long pid, ReasonRequest body,
                           @Context SecurityContext security) {
        return products.decide(Callers.of(security), id, pid, true, body);
    }

    @POST
    @Path("/{pid: \\d+}/pending/reject")
    @RequiresPermission(InstitutionsModule.REVIEW)
    public Product reject(@PathParam("id") long id, @PathParam("pid") long pid, ReasonRequest body,
                          @Context SecurityContext security) {
        return products.decide(Callers.of(security), id, pid, false, body);
    }

    /** An enterprise requests the product: a request row and an open ledger record. */
    @POST
    @Path("/{pid: \\d+}/requests")
    @Public
    public Response request(@PathParam("id") long id, @PathParam("pid") long pid, RequestBody body,
                            @Context SecurityContext security) {
        ServiceRequest r = requests.request(Callers.of(security), id, pid, body);
        return Response.created(URI.create("/api/institutions/" + id + "/requests/" + r.id())).entity(r).build();
    }
}
