package org.yiwang.kernel.standards.region;

/** Level of a GB/T 2260 division. Townships (NBS 9-digit codes) are not modelled yet. */
public enum RegionLevel {
    /** {@code xx0000}: province, autonomous region, municipality, SAR. */
    PROVINCE,
    /** {@code xxyy00}: prefecture-level city, 地区, 自治州, 盟, or a municipality's 市辖区 / 县 slot. */
    PREFECTURE,
    /** {@code xxyyzz}: district, county, banner, county-level city (incl. those under {@code xx90}). */
    COUNTY
}
