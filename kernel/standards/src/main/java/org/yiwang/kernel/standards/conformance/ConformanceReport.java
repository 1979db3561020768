package org.yiwang.kernel.standards.conformance;

import java.util.List;

/** The findings for one document. */
public record ConformanceReport(List<Violation> violations) {

    public ConformanceReport {
        violations = List.copyOf(violations);
    }

    /** No ERROR findings. */
    public boolean conforms() {
        return violations.stream().noneMatch(v -> v.severity() == Violation.Severity.ERROR);
    }

    /** Whether a finding with this rule id was made. */
    public boolean has(String rule) {
        return violations.stream().anyMatch(v -> v.rule().equals(rule));
    }
}
