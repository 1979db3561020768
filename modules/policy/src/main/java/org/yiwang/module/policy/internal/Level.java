package org.yiwang.module.policy.internal;

import org.yiwang.kernel.standards.region.RegionLevel;

/** The level of the government that issued a policy, tied to the level of its region code. */
public enum Level {
    NATIONAL("国家级", null), PROVINCIAL("省级", RegionLevel.PROVINCE), MUNICIPAL("市级", RegionLevel.PREFECTURE),
    COUNTY("县级", RegionLevel.COUNTY);

    /** The region code of national policies (not a GB/T 2260 code: the whole country). */
    static final String NATIONWIDE = "000000";

    private final String nameZh;
    private final RegionLevel regionLevel;

    Level(String nameZh, RegionLevel regionLevel) {
        this.nameZh = nameZh;
        this.regionLevel = regionLevel;
    }

    String nameZh() {
        return nameZh;
    }

    /** The GB/T 2260 level the policy's region must have (null: national, region {@link #NATIONWIDE}). */
    RegionLevel regionLevel() {
        return regionLevel;
    }
}
