package org.yiwang.kernel.enterprises.internal;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.enterprise.EnterpriseQuery;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.RequiresPermission;

/** {@code GET /api/enterprises/export?format=json|csv}: every matching enterprise, streamed. */
@Component(service = ExportResource.class, property = JaxRs.RESOURCE)
@Path("/enterprises/export")
public final class ExportResource {

    private final EnterpriseService enterprises;

    @Activate
    public ExportResource(@Reference EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GET
    @RequiresPermission(EnterprisesModule.WRITE)
    public Response export(@QueryParam("format") String format, @QueryParam("q") String q,
                           @QueryParam("region") String region, @QueryParam("industry") String industry,
                           @QueryParam("sizeClass") String sizeClass, @QueryParam("tier") String tier,
                           @QueryParam("tag") String tag, @Context SecurityContext security) {
        String f = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("csv")) {
            throw ProblemException.invalid(List.of(FieldError.of("format", "enum", "format 应为 json 或 csv",
                    "format must be json or csv")));
        }
        SearchFilter filter = enterprises.filter(RegionGuard.scoped(Callers.of(security),
                new EnterpriseQuery(q, region, industry, sizeClass, tier, tag)));
        StreamingOutput body = f.equals("csv") ? out -> Exports.csv(enterprises, filter, out)
                : out -> Exports.json(enterprises, filter, out);
        String type = f.equals("csv") ? "text/csv; charset=UTF-8" : "application/json";
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"enterprises." + f + "\"").build();
    }
}
