package org.yiwang.kernel.web.internal;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.web.internal.ModuleRegistry.ModuleView;

/** {@code GET /api/modules}, public: the modules installed right now, as their descriptors say. */
@Component(service = ModulesResource.class, property = JaxRs.RESOURCE)
@Public
@Path("/modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    private final ModuleRegistry registry;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    public Page<ModuleView> list() {
        List<ModuleView> items = registry.modules();
        return new Page<>(items, items.size(), 1, Math.max(items.size(), 1));
    }

    @GET
    @Path("/{id}")
    public ModuleView one(@PathParam("id") String id) {
        return registry.module(id)
                .orElseThrow(() -> ProblemException.notFound("没有安装模块 " + id, "No module '" + id + "' is installed"));
    }
}
