package org.yiwang.kernel.standards.uscc;

/**
 * The fields of a (normalised) USCC.
 *
 * @param authority  position 1, registration authority (e.g. {@code 9} = market regulation)
 * @param category   position 2, organisation category under that authority
 * @param regionCode positions 3-8, GB/T 2260 division code of the registering authority
 * @param orgCode    positions 9-17, GB 11714 organisation code (8-character body + its check)
 */
public record UsccParts(String authority, String category, String regionCode, String orgCode) {
}
