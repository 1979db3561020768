package org.yiwang.kernel.web.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;

/**
 * Health for load balancers, monitors and operators, public:
 * <ul>
 *   <li>{@code GET /api/health} (readiness): 200 {@code UP} once the database answers and every
 *   installed module is ready ({@link Readiness}), 503 {@code STARTING} or {@code DOWN} before;</li>
 *   <li>{@code GET /api/health/live} (liveness): 200 whenever the process serves requests.</li>
 * </ul>
 * Only administrators see the version, the database product, the uptime and what the platform
 * still waits for; anyone else gets the status alone.
 */
@Component(service = HealthResource.class, property = JaxRs.RESOURCE)
@Public
@Path("/health")
public final class HealthResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final Readiness readiness;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Database database;

    @Activate
    public HealthResource(@Reference Readiness readiness) {
        this.readiness = readiness;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health(@Context SecurityContext security) {
        Database db = database;
        boolean reachable = db != null && db.isReachable();
        List<String> waiting = readiness.waitingFor();
        String status = !reachable ? "DOWN" : waiting.isEmpty() ? "UP" : "STARTING";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (Callers.of(security).kind() == AccountKind.ADMIN) {
            Map<String, Object> dbStatus = new LinkedHashMap<>();
            dbStatus.put("reachable", reachable);
            if (db != null) {
                dbStatus.put("product", db.productName());
            }
            RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
            body.put("version", FrameworkUtil.getBundle(HealthResource.class).getVersion().toString());
            body.put("database", dbStatus);
            body.put("uptimeSeconds", runtime.getUptime() / 1000);
            body.put("startedAt", Instant.ofEpochMilli(runtime.getStartTime()).toString());
            body.put("waitingFor", waiting);
        }
        return Response.status("UP".equals(status) ? 200 : 503).cacheControl(NO_STORE).entity(body).build();
    }

    @GET
    @Path("/live")
    @Produces(MediaType.APPLICATION_JSON)
    public Response live() {
        return Response.ok(Map.of("status", "UP")).cacheControl(NO_STORE).build();
    }
}
