package org.yiwang.kernel.standards.uscc;

import java.util.List;

/**
 * Outcome of {@link Uscc#validate}.
 *
 * @param valid      whether the code passed every step of the chosen mode
 * @param normalized the input trimmed, upper-cased, without spaces and hyphens
 * @param failedStep the first step that failed; {@code null} when valid
 * @param detail     one English sentence: what failed (and e.g. the expected check character),
 *                   or a confirmation when valid
 * @param warnings   problems tolerated in lenient mode (e.g. a wrong mod-31 check character)
 * @param parts      the fields, when the normalised code has at least 17 characters; else null
 */
public record UsccResult(boolean valid, String normalized, UsccStep failedStep, String detail,
                         List<String> warnings, UsccParts parts) {

    public UsccResult {
        warnings = List.copyOf(warnings);
    }
}
