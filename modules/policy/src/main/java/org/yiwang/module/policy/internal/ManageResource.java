package org.yiwang.module.policy.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.rest.BodyLimit;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code /api/policy/manage}: staff's list of their region's policies in every state, and imports. */
@Component(service = ManageResource.class, property = JaxRs.RESOURCE)
@Path("/policy")
@Produces(MediaType.APPLICATION_JSON)
public final class ManageResource {

    /** 10 MiB for an import. */
    static final long IMPORT_BYTES = 10L * 1024 * 1024;

    private final PolicyService policies;
    private final Importer importer;

    @Activate
    public ManageResource(@Reference PolicyService policies, @Reference Importer importer) {
        this.policies = policies;
        this.importer = importer;
    }

    /** {@code status} one or more of DRAFT, IN_REVIEW, PUBLISHED, EXPIRED, WITHDRAWN (comma-separated). */
    @GET
    @Path("/manage")
    @RequiresPermission(PolicyModule.READ)
    public Page<Policy> list(@QueryParam("status") String status, @QueryParam("region") String region,
                             @QueryParam("q") String q, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @Context SecurityContext security) {
        return policies.manage(Callers.of(security), status, region, q, PageRequest.of(page, size));
    }

    /** Exchange JSON (yiwang.exchange/1): one document, an array, or {format, items}; all become drafts. */
    @POST
    @Path("/imports/json")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit(IMPORT_BYTES)
    @RequiresPermission(PolicyModule.EDIT)
    public ImportResult importJson(Object body, @Context SecurityContext security) {
        return importer.json(Callers.of(security), body);
    }

    /** CSV with a header row (see docs/policy.md); all rows become drafts, or nothing on any error. */
    @POST
    @Path("/imports/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @BodyLimit(IMPORT_BYTES)
    @RequiresPermission(PolicyModule.EDIT)
    public ImportResult importCsv(String body, @Context SecurityContext security) {
        return importer.csv(Callers.of(security), body);
    }
}
