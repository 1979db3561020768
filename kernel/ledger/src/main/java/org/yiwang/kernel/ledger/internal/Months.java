package org.yiwang.kernel.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Calendar months in China Standard Time (UTC+8, no daylight saving), as {@code yyyymm} integers:
 * the granularity of the KPI aggregate rows. Month 0 means "none".
 */
final class Months {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    static final int NONE = 0;
    static final int MAX = 999_912;

    private Months() {
    }

    static int of(Instant t) {
        OffsetDateTime d = t.atOffset(CHINA);
        return d.getYear() * 100 + d.getMonthValue();
    }

    static Instant start(int month) {
        return LocalDate.of(month / 100, month % 100, 1).atStartOfDay().toInstant(CHINA);
    }

    static int next(int month) {
        return month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
    }

    /** The first month starting at or after {@code t}. */
    static int ceiling(Instant t) {
        int m = of(t);
        return start(m).equals(t) ? m : next(m);
    }

    /** The month starting at or before {@code t}. */
    static int floor(Instant t) {
        return of(t);
    }
}
