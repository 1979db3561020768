package org.yiwang.module.institutions.internal;

import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;

/** The GB/T 2260 facts the registry needs: current codes, and a code with its ancestors. */
final class Regions {

    private static final RegionRegistry REGISTRY = RegionRegistry.bundled();

    private Regions() {
    }

    static boolean isCurrent(String code) {
        return code != null && code.matches("\\d{6}") && REGISTRY.isCurrent(code);
    }

    /** The code and every current ancestor (county, city, province): "serves this region or an ancestor". */
    static List<String> selfAndAncestors(String code) {
        List<String> out = new ArrayList<>();
        out.add(code);
        for (Region r : REGISTRY.ancestors(code)) {
            if (!out.contains(r.code())) {
                out.add(r.code());
            }
        }
        return out;
    }

    static String name(String code) {
        return REGISTRY.find(code).map(Region::name).orElse(code);
    }
}
