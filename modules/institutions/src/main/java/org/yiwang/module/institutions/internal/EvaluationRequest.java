package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/institutions/{id}/evaluations}: the period (dates in China time,
 * {@code periodTo} included) and the staff's scores (0–100, at most two decimals) of capacity,
 * management and quality. Satisfaction comes from the ledger.
 */
public record EvaluationRequest(LocalDate periodFrom, LocalDate periodTo, BigDecimal capacity, BigDecimal management,
                                BigDecimal quality, String note) {
}
