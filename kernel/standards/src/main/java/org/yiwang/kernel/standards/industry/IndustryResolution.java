package org.yiwang.kernel.standards.industry;

/**
 * What a code given at any level resolves to.
 *
 * @param input          the code as given
 * @param code           the digits of the code (e.g. {@code 3311}); empty for a section-only code
 * @param requestedLevel level of the code as given
 * @param resolvedLevel  deepest level the bundled table confirmed (SECTION or DIVISION)
 * @param section        the section
 * @param division       the division; null when only a section letter was given
 * @param note           English sentence when the code was resolved to a shallower level
 *                       (group/class codes are not in the table); null when exact
 */
public record IndustryResolution(String input, String code, IndustryLevel requestedLevel, IndustryLevel resolvedLevel,
                                 IndustrySection section, IndustryDivision division, String note) {

    /** Whether the code itself is in the table (not only a prefix of it). */
    public boolean exact() {
        return requestedLevel == resolvedLevel;
    }

    /** Section letter followed by the digits, e.g. {@code C3311}. */
    public String qualifiedCode() {
        return section.code() + code;
    }
}
