package org.yiwang.kernel.standards.tier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/** Every tier title is valid for three years from the award date, then re-evaluated. */
public final class TierValidity {

    /** How long a title is valid. */
    public static final Period VALIDITY = Period.ofYears(3);

    private TierValidity() {
    }

    /** The first day the title is no longer valid (award date + 3 years; 29 Feb maps to 28 Feb). */
    public static LocalDate expiresOn(LocalDate awardedOn) {
        return awardedOn.plus(VALIDITY);
    }

    /** Whether a title awarded on {@code awardedOn} is valid on {@code date}. */
    public static boolean isValidOn(LocalDate awardedOn, LocalDate date) {
        return !date.isBefore(awardedOn) && date.isBefore(expiresOn(awardedOn));
    }

    /** Whether a title awarded on {@code awardedOn} is valid today according to {@code clock}. */
    public static boolean isValid(LocalDate awardedOn, Clock clock) {
        return isValidOn(awardedOn, LocalDate.now(clock));
    }
}
