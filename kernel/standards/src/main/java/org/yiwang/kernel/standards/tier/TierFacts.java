package org.yiwang.kernel.standards.tier;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * An enterprise's facts for tier evaluation.
 *
 * @param numbers   indicator values (money in 万元, ratios in percent), e.g. {@code debtRatio → 55}
 * @param flags     declared booleans, e.g. {@code hasDirectQualification → true}
 * @param confirmed human-judgement facts as confirmed by staff: true = confirmed, false =
 *                  rejected, absent = not yet confirmed
 */
public record TierFacts(Map<String, BigDecimal> numbers, Map<String, Boolean> flags, Map<String, Boolean> confirmed) {

    public TierFacts {
        numbers = Map.copyOf(numbers);
        flags = Map.copyOf(flags);
        confirmed = Map.copyOf(confirmed);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects facts; null values are treated as absent. */
    public static final class Builder {
        private final Map<String, BigDecimal> numbers = new HashMap<>();
        private final Map<String, Boolean> flags = new HashMap<>();
        private final Map<String, Boolean> confirmed = new HashMap<>();

        public Builder number(String indicator, BigDecimal value) {
            if (value != null) {
                numbers.put(indicator, value);
            }
            return this;
        }

        public Builder number(String indicator, long value) {
            return number(indicator, BigDecimal.valueOf(value));
        }

        public Builder number(String indicator, double value) {
            return number(indicator, BigDecimal.valueOf(value));
        }

        public Builder flag(String indicator, boolean value) {
            flags.put(indicator, value);
            return this;
        }

        /** Records staff's judgement on a human-judgement fact. */
        public Builder confirmed(String fact, boolean value) {
            confirmed.put(fact, value);
            return this;
        }

        public TierFacts build() {
            return new TierFacts(numbers, flags, confirmed);
        }
    }
}
