package org.yiwang.kernel.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.rest.JaxRs;
import org.yiwang.kernel.api.security.Public;

/** {@code GET /api/modules}, public: the modules installed right now, as their descriptors say. */
@Component(service = ModulesResource.class, property = JaxRs.RESOURCE)
@Public
@Path("/modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    /** One installed module as the API shows it. */
    public record ModuleView(String id, LocalizedText name, LocalizedText description, String version,
                             String bundle, List<Permission> permissions, List<MenuEntry> menu, UiEntry ui) {
    }

    private final Map<ModuleDescriptor, ModuleView> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(ModuleDescriptor module) {
        Bundle bundle = FrameworkUtil.getBundle(module.getClass());
        modules.put(module, new ModuleView(module.id(), module.name(), module.description(),
                bundle == null ? "0.0.0" : bundle.getVersion().toString(),
                bundle == null ? null : bundle.getSymbolicName(),
                module.permissions(), module.menu(), module.ui()));
    }

    void removeModule(ModuleDescriptor module) {
        modules.remove(module);
    }

    @GET
    public Page<ModuleView> list() {
        List<ModuleView> items = modules.values().stream().sorted(Comparator.comparing(ModuleView::id)).toList();
        return new Page<>(items, items.size(), 1, Math.max(items.size(), 1));
    }

    @GET
    @Path("/{id}")
    public ModuleView one(@PathParam("id") String id) {
        return modules.values().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("没有安装模块 " + id, "No module '" + id + "' is installed"));
    }
}
