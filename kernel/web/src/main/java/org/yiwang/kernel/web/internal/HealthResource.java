package org.yiwang.kernel.web.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;

/**
 * {@code GET /api/health}, public: 200 when the platform and its database answer, 503 (same body)
 * when the database does not. For load balancers, monitors and operators.
 */
@Component(service = HealthResource.class, property = JaxRs.RESOURCE)
@Public
@Path("/health")
public final class HealthResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Database database;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Database db = database;
        boolean reachable = db != null && db.isReachable();
        Map<String, Object> dbStatus = new LinkedHashMap<>();
        dbStatus.put("reachable", reachable);
        if (db != null) {
            dbStatus.put("product", db.productName());
        }
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", reachable ? "UP" : "DOWN");
        body.put("version", FrameworkUtil.getBundle(HealthResource.class).getVersion().toString());
        body.put("database", dbStatus);
        body.put("uptimeSeconds", runtime.getUptime() / 1000);
        body.put("startedAt", Instant.ofEpochMilli(runtime.getStartTime()).toString());
        return Response.status(reachable ? 200 : 503).entity(body).build();
    }
}
