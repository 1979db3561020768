package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One periodic evaluation, with the weights and threshold in force when it was made:
 * {@code satisfaction} is 100 × the ledger's satisfaction rate of the period (null: no rating, its
 * weight spread over the others), {@code total} the weighted score, {@code passed} total ≥ threshold.
 */
public record Evaluation(long id, long institutionId, LocalDate periodFrom, LocalDate periodTo, BigDecimal capacity,
                         BigDecimal management, BigDecimal quality, BigDecimal satisfaction, long ratings,
                         int capacityWeight, int managementWeight, int qualityWeight, int satisfactionWeight,
                         BigDecimal threshold, BigDecimal total, boolean passed, String note, Instant evaluatedAt,
                         String evaluatedBy) {
}
