package org.yiwang.kernel.standards.industry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yiwang.kernel.standards.internal.Csv;
import org.yiwang.kernel.standards.internal.Resources;

/**
 * GB/T 4754-2017 (amendment 1 of 2019): the 20 sections and 97 divisions. Groups and classes are
 * not bundled (no openly licensed machine-readable source); their codes resolve to the division.
 */
public final class IndustryCatalog {

    /** Resource path of the bundled table. */
    public static final String RESOURCE = "org/yiwang/kernel/standards/industry/gbt4754-2017.csv";
    private static final Pattern CODE = Pattern.compile("([A-T])?(\\d{2}(?:\\d{1,2})?)?");

    private static final class Holder {
        static final IndustryCatalog BUNDLED = new IndustryCatalog(Resources.lines(RESOURCE));
    }

    private final Map<String, IndustrySection> sections = new LinkedHashMap<>();
    private final Map<String, IndustryDivision> divisions = new LinkedHashMap<>();

    private IndustryCatalog(List<String> lines) {
        for (List<String> f : Csv.records(lines, "level,code,section,name_zh,name_en")) {
            if (f.get(0).equals("SECTION")) {
                sections.put(f.get(1), new IndustrySection(f.get(1), f.get(3), f.get(4)));
            } else if (f.get(0).equals("DIVISION")) {
                if (!sections.containsKey(f.get(2))) {
                    throw new IllegalStateException("division " + f.get(1) + " before its section " + f.get(2));
                }
                divisions.put(f.get(1), new IndustryDivision(f.get(1), f.get(2), f.get(3), f.get(4)));
            } else {
                throw new IllegalStateException("unknown level " + f.get(0));
            }
        }
    }

    /** The bundled table. */
    public static IndustryCatalog bundled() {
        return Holder.BUNDLED;
    }

    /** All sections in order A-T. */
    public List<IndustrySection> sections() {
        return List.copyOf(sections.values());
    }

    /** All divisions in order 01-97. */
    public List<IndustryDivision> divisions() {
        return List.copyOf(divisions.values());
    }

    /** Divisions of one section. */
    public List<IndustryDivision> divisionsOf(String sectionCode) {
        return divisions.values().stream().filter(d -> d.sectionCode().equals(sectionCode)).toList();
    }

    /** Resolves a code, or empty when it is malformed, unknown or inconsistent. */
    public Optional<IndustryResolution> find(String code) {
        try {
            return Optional.of(resolve(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Resolves a code at any level, with or without the section letter: {@code C}, {@code C33},
     * {@code 33}, {@code 331}, {@code C3311}.
     *
     * @throws IllegalArgumentException naming why the code is not acceptable
     */
    public IndustryResolution resolve(String code) {
        String c = code == null ? "" : code.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = CODE.matcher(c);
        if (c.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a GB/T 4754 code (a section letter A-T and/or 2-4 digits).");
        }
        String letter = m.group(1);
        String digits = m.group(2) == null ? "" : m.group(2);
        if (digits.isEmpty()) {
            return new IndustryResolution(code, "", IndustryLevel.SECTION, IndustryLevel.SECTION, sections.get(letter), null, null);
        }
        IndustryDivision division = divisions.get(digits.substring(0, 2));
        if (division == null) {
            throw new IllegalArgumentException("Division " + digits.substring(0, 2) + " does not exist in GB/T 4754-2017.");
        }
        if (letter != null && !letter.equals(division.sectionCode())) {
            throw new IllegalArgumentException("Division " + division.code() + " belongs to section "
                    + division.sectionCode() + ", not " + letter + ".");
        }
        IndustryLevel level = switch (digits.length()) {
            case 2 -> IndustryLevel.DIVISION;
            case 3 -> IndustryLevel.GROUP;
            default -> IndustryLevel.CLASS;
        };
        String note = level == IndustryLevel.DIVISION ? null
                : "The " + level.name().toLowerCase(Locale.ROOT) + " code " + digits
                + " is not in the bundled table (sections and divisions only); resolved to division "
                + division.code() + " " + division.nameZh() + " without verifying the " + level.name().toLowerCase(Locale.ROOT) + ".";
        return new IndustryResolution(code, digits, level, IndustryLevel.DIVISION, sections.get(division.sectionCode()), division, note);
    }
}
