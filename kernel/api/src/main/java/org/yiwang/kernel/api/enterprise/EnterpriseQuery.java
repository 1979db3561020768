package org.yiwang.kernel.api.enterprise;

/**
 * Filters of an enterprise search; every filter is optional (null) and they combine with AND.
 *
 * @param q            substring of the name, case-insensitive
 * @param regionCode   a GB/T 2260 code: matches the region and everything below it (a province
 *                     includes its prefectures, counties and {@code xx90} county-level units)
 * @param industryCode a GB/T 4754 code at any level: matches that code and its subdivisions
 * @param sizeClass    {@code LARGE}, {@code MEDIUM}, {@code SMALL} or {@code MICRO}
 * @param tier         {@code BASE}, {@code SPECIALISED} or {@code LITTLE_GIANT}: enterprises holding
 *                     that title, valid today
 * @param tag          an exact tag
 */
public record EnterpriseQuery(String q, String regionCode, String industryCode, String sizeClass, String tier,
                              String tag) {

    /** Matches every enterprise. */
    public static final EnterpriseQuery ALL = new EnterpriseQuery(null, null, null, null, null, null);
}
