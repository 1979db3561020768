package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How institutions are evaluated: the weights of capacity, management, quality and satisfaction in
 * percent (each 0–100, summing to 100), the {@code threshold} a total must reach to stay listed
 * (0–100), and {@code appealDays}, the appeal window after a notice of exit (1–90 days).
 * {@code updatedAt}/{@code updatedBy} are set by the platform.
 */
public record EvaluationSettings(Integer capacityWeight, Integer managementWeight, Integer qualityWeight,
                                 Integer satisfactionWeight, BigDecimal threshold, Integer appealDays,
                                 Instant updatedAt, String updatedBy) {
}
