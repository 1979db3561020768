package org.yiwang.kernel.standards.region;

/** Whether a code is an administrative division or an NBS statistical-only unit. */
public enum RegionKind {
    /** A division in GB/T 2260 / the Ministry of Civil Affairs list. */
    ADMINISTRATIVE,
    /** An NBS statistical-only unit (development zones etc., county suffix 71-79); not in GB/T 2260. */
    STATISTICAL
}
