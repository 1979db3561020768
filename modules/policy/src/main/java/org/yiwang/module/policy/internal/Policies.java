package org.yiwang.module.policy.internal;

import java.util.List;

/** Small rules about policies shared by the store, the index and the matcher. */
final class Policies {

    private Policies() {
    }

    /**
     * The regions eligibility checks: the criteria's own regions; without them the policy's region
     * subtree (a provincial policy applies to all its cities and counties); none for a national policy.
     */
    static List<String> effectiveRegions(Level level, String regionCode, Criteria c) {
        if (!c.regions().isEmpty()) {
            return c.regions();
        }
        return level == Level.NATIONAL ? List.of() : List.of(regionCode);
    }

    static List<String> effectiveRegions(Policy p) {
        return effectiveRegions(p.level(), p.regionCode(), p.criteria());
    }

    static CompiledCriteria compile(Policy p) {
        return new CompiledCriteria(p.criteria(), effectiveRegions(p));
    }
}
