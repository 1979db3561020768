package org.yiwang.module.demands.internal;

import java.util.Optional;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;

/** The GB/T 2260 facts routing needs: current codes, names, parents, and the default window of a region. */
final class Regions {

    private final RegionRegistry registry;

    Regions(RegionRegistry registry) {
        this.registry = registry;
    }

    static Regions bundled() {
        return new Regions(RegionRegistry.bundled());
    }

    boolean isCurrent(String code) {
        return code != null && code.matches("\\d{6}") && registry.isCurrent(code);
    }

    /** The current parent of a region (null for a province). */
    Optional<String> parent(String code) {
        return registry.parent(code).map(Region::code);
    }

    /** The window a region has when no routing rule names one: "<region name> 中小企业服务窗口". */
    Window windowOf(String code) {
        String name = registry.find(code).map(Region::name).orElse(code);
        return new Window(code, name + "中小企业服务窗口");
    }

    /** Whether {@code to} is a sibling (same parent), the parent or a child of {@code from}. */
    boolean adjacent(String from, String to) {
        Optional<String> fromParent = parent(from);
        Optional<String> toParent = parent(to);
        return fromParent.map(to::equals).orElse(false)
                || toParent.map(from::equals).orElse(false)
                || (fromParent.isPresent() && fromParent.equals(toParent));
    }
}
