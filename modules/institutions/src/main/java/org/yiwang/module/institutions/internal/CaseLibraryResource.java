package org.yiwang.module.institutions.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;

/** {@code /api/institutions/cases}: the public case library across listed institutions. */
@Component(service = CaseLibraryResource.class, property = JaxRs.RESOURCE)
@Path("/institutions/cases")
@Produces(MediaType.APPLICATION_JSON)
public final class CaseLibraryResource {

    private final CaseService cases;

    @Activate
    public CaseLibraryResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @GET
    @Public
    public Page<ServiceCase> search(@QueryParam("industry") String industry, @QueryParam("category") String category,
                                    @QueryParam("enterpriseSize") String enterpriseSize,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return cases.library(industry, category, enterpriseSize, PageRequest.of(page, size));
    }
}
