package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The evaluation arithmetic, exact (BigDecimal):
 * <pre>
 * satisfaction = 100 × satisfactionRate                      (share of ledger ratings of 4 or 5; 2 decimals, half up)
 * total        = (wC·capacity + wM·management + wQ·quality + wS·satisfaction) / 100
 * </pre>
 * with the weights in percent summing to 100. Without any rating in the period the satisfaction
 * term is left out and the other weights are scaled up: {@code total = (wC·C + wM·M + wQ·Q) / (wC + wM + wQ)}.
 * The total is rounded once, at the end, to 2 decimals half up. It passes when {@code total ≥ threshold}.
 */
final class Scoring {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The outcome: the satisfaction score used (null: no rating) and the total. */
    record Result(BigDecimal satisfaction, BigDecimal total, boolean passed) {
    }

    private Scoring() {
    }

    /** 100 × rate, 2 decimals half up; null when there was no rating. */
    static BigDecimal satisfaction(Double rate) {
        if (rate == null) {
            return null;
        }
        return new BigDecimal(Double.toString(rate)).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    static Result score(EvaluationSettings w, BigDecimal capacity, BigDecimal management, BigDecimal quality,
                        BigDecimal satisfaction) {
        BigDecimal sum = BigDecimal.valueOf(w.capacityWeight()).multiply(capacity)
                .add(BigDecimal.valueOf(w.managementWeight()).multiply(management))
                .add(BigDecimal.valueOf(w.qualityWeight()).multiply(quality));
        int divisor = w.capacityWeight() + w.managementWeight() + w.qualityWeight();
        if (satisfaction != null) {
            sum = sum.add(BigDecimal.valueOf(w.satisfactionWeight()).multiply(satisfaction));
            divisor += w.satisfactionWeight();
        }
        if (divisor == 0) {
            throw new ArithmeticException("no weight left to score with");
        }
        BigDecimal total = sum.divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
        return new Result(satisfaction, total, total.compareTo(w.threshold()) >= 0);
    }
}
