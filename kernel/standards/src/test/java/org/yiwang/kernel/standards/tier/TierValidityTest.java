package org.yiwang.kernel.standards.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TierValidityTest {

    @Test
    void validForThreeYears() {
        LocalDate awarded = LocalDate.of(2023, 7, 15);
        assertEquals(LocalDate.of(2026, 7, 15), TierValidity.expiresOn(awarded));
        assertTrue(TierValidity.isValidOn(awarded, LocalDate.of(2026, 7, 14)));
        assertFalse(TierValidity.isValidOn(awarded, LocalDate.of(2026, 7, 15)));
        assertFalse(TierValidity.isValidOn(awarded, LocalDate.of(2023, 7, 14)));
        assertEquals(LocalDate.of(2027, 2, 28), TierValidity.expiresOn(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void usesTheClock() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Clock clock = Clock.fixed(Instant.parse("2026-07-14T16:30:00Z"), shanghai); // 2026-07-15 00:30 in Shanghai
        assertFalse(TierValidity.isValid(LocalDate.of(2023, 7, 15), clock));
        assertTrue(TierValidity.isValid(LocalDate.of(2023, 7, 16), clock));
    }
}
