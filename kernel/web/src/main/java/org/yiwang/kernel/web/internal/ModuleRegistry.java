package org.yiwang.kernel.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;

/**
 * The modules installed right now: every registered {@link ModuleDescriptor} with the bundle that
 * registered it. {@code GET /api/modules} lists them and the UI servlet serves their pages from
 * those bundles.
 */
@Component(service = ModuleRegistry.class)
public final class ModuleRegistry {

    /** One installed module as clients see it. */
    public record ModuleView(String id, LocalizedText name, LocalizedText description, String version,
                             String bundle, List<Permission> permissions, List<MenuEntry> menu, UiView ui) {
    }

    /**
     * Where the shell imports the module's pages from. The query names the bundle instance, so a
     * reinstalled module is fetched afresh rather than from the browser's module cache.
     */
    public record UiView(String script) {
    }

    private record Installed(ModuleView view, Bundle bundle) {
    }

    private final Map<ModuleDescriptor, Installed> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(ModuleDescriptor module, ServiceReference<ModuleDescriptor> reference) {
        Bundle bundle = reference.getBundle();
        UiEntry ui = module.ui();
        UiView uiView = ui == null ? null : new UiView("/ui/modules/" + module.id() + "/" + ui.script()
                + "?v=" + bundle.getBundleId() + "." + bundle.getLastModified());
        modules.put(module, new Installed(new ModuleView(module.id(), module.name(), module.description(),
                bundle.getVersion().toString(), bundle.getSymbolicName(), module.permissions(), module.menu(), uiView),
                bundle));
    }

    void removeModule(ModuleDescriptor module) {
        modules.remove(module);
    }

    /** The installed modules, ordered by id. */
    public List<ModuleView> modules() {
        return modules.values().stream().map(Installed::view).sorted(Comparator.comparing(ModuleView::id)).toList();
    }

    public Optional<ModuleView> module(String id) {
        return modules.values().stream().map(Installed::view).filter(m -> m.id().equals(id)).findFirst();
    }

    /** The bundle whose {@code ui/} folder holds the pages of module {@code id}, if it has pages. */
    public Optional<Bundle> uiBundle(String id) {
        return modules.values().stream()
                .filter(m -> m.view().id().equals(id) && m.view().ui() != null)
                .map(Installed::bundle).findFirst();
    }
}
