package org.yiwang.kernel.api.enterprise;

import java.time.LocalDate;

/**
 * A quality-tier title held by an enterprise.
 *
 * @param tier       {@code BASE} (创新型), {@code SPECIALISED} (专精特新) or {@code LITTLE_GIANT} (小巨人)
 * @param awardedOn  date of the award
 * @param validUntil first day the title is no longer valid (award date + 3 years); computed by the
 *                   platform, ignored on input
 */
public record TierAward(String tier, LocalDate awardedOn, LocalDate validUntil) {
}
