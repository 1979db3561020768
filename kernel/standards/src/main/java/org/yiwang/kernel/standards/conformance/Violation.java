package org.yiwang.kernel.standards.conformance;

/**
 * One finding of a conformance check.
 *
 * @param path     JSON-pointer-like path of the offending value, e.g. {@code /tiers/0/awardedOn}
 * @param rule     rule id, e.g. {@code required}, {@code uscc-valid}, {@code region-known}
 * @param severity ERROR breaks conformance; WARNING does not
 * @param message  English sentence
 */
public record Violation(String path, String rule, Severity severity, String message) {

    /** How serious a finding is. */
    public enum Severity { ERROR, WARNING }
}
