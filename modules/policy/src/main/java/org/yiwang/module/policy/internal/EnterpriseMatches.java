package org.yiwang.module.policy.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * "Policies for me": the published policies an enterprise meets ({@code MET}, first) or may meet
 * once its missing data is completed ({@code UNKNOWN}), as of {@code date}; {@code total} counts both.
 */
public record EnterpriseMatches(String uscc, String name, LocalDate date, List<PolicyMatch> items, int total,
                                int met) {
}
