package org.yiwang.kernel.standards.uscc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.yiwang.kernel.standards.region.RegionRegistry;

/**
 * Unified Social Credit Code validation (GB 32100-2015). Steps run in the order of
 * {@link UsccStep}; the first failure is reported.
 */
public final class Uscc {

    /** The 31-character USCC alphabet; a character's index is its value. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS_31 = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] WEIGHTS_11 = {3, 7, 9, 10, 5, 8, 4, 2};
    /** Registration authority → allowed organisation categories (medium confidence, see docs). */
    private static final Map<Character, Set<Character>> AUTHORITY_CATEGORIES = Map.ofEntries(
            Map.entry('1', Set.of('1', '2', '3', '9')), Map.entry('2', Set.of('1', '9')),
            Map.entry('3', Set.of('1', '2', '3', '4', '5', '9')), Map.entry('4', Set.of('1', '9')),
            Map.entry('5', Set.of('1', '2', '3', '9')), Map.entry('6', Set.of('1', '2', '9')),
            Map.entry('7', Set.of('1', '2', '9')), Map.entry('8', Set.of('1', '9')),
            Map.entry('9', Set.of('1', '2', '3')), Map.entry('A', Set.of('1', '9')),
            Map.entry('N', Set.of('1', '2', '3', '9')), Map.entry('Y', Set.of('1')));

    /** How much to check. */
    public enum Mode {
        /** Every step; a wrong mod-31 check character rejects the code. */
        STRICT,
        /** Length, charset and division digits only; a wrong mod-31 check is a warning. */
        LENIENT
    }

    private Uscc() {
    }

    /** Validates against the bundled region registry (any vintage) for {@link UsccStep#REGION_KNOWN}. */
    public static UsccResult validate(String raw, Mode mode) {
        return validate(raw, mode, RegionRegistry.bundled()::isKnownInAnyVintage);
    }

    /** Validates; {@code regionKnown} decides {@link UsccStep#REGION_KNOWN} (strict mode only). */
    public static UsccResult validate(String raw, Mode mode, Predicate<String> regionKnown) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(regionKnown, "regionKnown");
        String code = normalize(raw);
        UsccParts parts = code.length() >= 17
                ? new UsccParts(code.substring(0, 1), code.substring(1, 2), code.substring(2, 8), code.substring(8, 17))
                : null;
        List<String> warnings = new ArrayList<>();
        if (code.length() != 18) {
            return fail(code, UsccStep.LENGTH, "The code has " + code.length()
                    + " characters after normalisation; a USCC has 18.", warnings, parts);
        }
        for (int i = 0; i < 17; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return fail(code, UsccStep.CHARSET, "Character '" + code.charAt(i) + "' at position " + (i + 1)
                        + " is not in the USCC character set (no I, O, S, V, Z).", warnings, parts);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return fail(code, UsccStep.REGION_DIGITS, "Position " + (i + 1) + " is '" + code.charAt(i)
                        + "'; positions 3-8 (the division code) must be digits.", warnings, parts);
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (CHARSET.indexOf(code.charAt(17)) < 0) {
            // position 18 is judged by the check step; even lenient mode cannot accept a non-USCC character there
            return fail(code, UsccStep.CHECK_CHARACTER, "The check character (position 18) is '" + code.charAt(17)
                    + "', which is not in the USCC character set; the mod-31 check gives '" + expected + "'.", warnings, parts);
        }
        if (code.charAt(17) != expected) {
            String msg = "The check character (position 18) is '" + code.charAt(17)
                    + "' but the mod-31 check gives '" + expected + "'.";
            if (mode == Mode.STRICT) {
                return fail(code, UsccStep.CHECK_CHARACTER, msg, warnings, parts);
            }
            warnings.add(msg);
        }
        if (mode == Mode.STRICT) {
            UsccResult strictFailure = strictSteps(code, regionKnown, parts);
            if (strictFailure != null) {
                return strictFailure;
            }
        }
        String ok = mode == Mode.STRICT ? "Valid USCC (all strict checks passed)."
                : warnings.isEmpty() ? "Valid USCC (lenient checks passed)."
                : "Accepted in lenient mode with warnings.";
        return new UsccResult(true, code, null, ok, warnings, parts);
    }

    private static UsccResult strictSteps(String code, Predicate<String> regionKnown, UsccParts parts) {
        char orgExpected = orgCheckCharacter(code.substring(8, 16));
        if (code.charAt(16) != orgExpected) {
            return fail(code, UsccStep.ORG_CODE_CHECK, "The organisation-code check character (position 17) is '"
                    + code.charAt(16) + "' but the GB 11714 mod-11 check gives '" + orgExpected + "'.", List.of(), parts);
        }
        Set<Character> categories = AUTHORITY_CATEGORIES.get(code.charAt(0));
        if (categories == null) {
            return fail(code, UsccStep.AUTHORITY_CATEGORY, "Registration authority '" + code.charAt(0)
                    + "' (position 1) is not a known authority code.", List.of(), parts);
        }
        if (!categories.contains(code.charAt(1))) {
            return fail(code, UsccStep.AUTHORITY_CATEGORY, "Organisation category '" + code.charAt(1)
                    + "' (position 2) is not allowed for registration authority '" + code.charAt(0) + "'.", List.of(), parts);
        }
        String region = code.substring(2, 8);
        if (!regionKnown.test(region)) {
            return fail(code, UsccStep.REGION_KNOWN, "Division code " + region
                    + " (positions 3-8) is not a known GB/T 2260 code in any vintage.", List.of(), parts);
        }
        return null;
    }

    /** Trims, upper-cases and removes spaces (incl. full-width) and hyphens; null becomes "". */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\u3000\\-]", "");
    }

    /** The mod-31 check character for the first 17 characters (all in {@link #CHARSET}). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the USCC character set");
            }
            sum += v * WEIGHTS_31[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The GB 11714 mod-11 check character for an 8-character organisation-code body. */
    public static char orgCheckCharacter(String body8) {
        if (body8.length() != 8) {
            throw new IllegalArgumentException("need 8 characters, got " + body8.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int v = Character.digit(body8.charAt(i), 36);
            if (v < 0) {
                throw new IllegalArgumentException("'" + body8.charAt(i) + "' is not a digit or letter");
            }
            sum += v * WEIGHTS_11[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** Whether {@code authority}/{@code category} is an allowed pair. */
    public static boolean isAllowedPair(char authority, char category) {
        Set<Character> allowed = AUTHORITY_CATEGORIES.get(authority);
        return allowed != null && allowed.contains(category);
    }

    private static UsccResult fail(String code, UsccStep step, String detail, List<String> warnings, UsccParts parts) {
        return new UsccResult(false, code, step, detail, warnings, parts);
    }
}
