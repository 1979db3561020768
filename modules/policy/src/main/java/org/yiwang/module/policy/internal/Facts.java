package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;

/**
 * The facts of one enterprise that matching reads, as primitives: the same encoding the columnar
 * {@link Snapshot} stores, so the per-enterprise explanation ({@link Eligibility}) and the bulk
 * matcher ({@link BulkMatcher}) agree by construction. {@link #MISSING} marks an unknown value.
 *
 * @param region      the 6-digit region code as an int
 * @param industry    {@link #industry(String)}: section, number of digits, digits padded to 4
 * @param size        ordinal of {@code LARGE, MEDIUM, SMALL, MICRO}
 * @param established epoch day of establishment
 * @param revenue     operating revenue in 万元 × 10⁴
 * @param rdRatio     R&amp;D / revenue in percent × 100
 * @param rdExpense   R&amp;D expense in 万元 × 10⁴
 * @param tierFrom    per tier (BASE, SPECIALISED, LITTLE_GIANT) the epoch day of its latest award
 * @param tierUntil   per tier the first epoch day that award is no longer valid
 */
record Facts(String uscc, int region, int industry, int size, int established, int employees, long revenue,
             int rdRatio, long rdExpense, int[] tierFrom, int[] tierUntil) {

    static final int MISSING = Integer.MIN_VALUE;
    static final long MISSING_LONG = Long.MIN_VALUE;
    static final String[] SIZES = {"LARGE", "MEDIUM", "SMALL", "MICRO"};
    static final String[] TIERS = {"BASE", "SPECIALISED", "LITTLE_GIANT"};
    private static final BigDecimal SCALE = BigDecimal.valueOf(10_000);

    static Facts of(Enterprise e) {
        int[] from = {MISSING, MISSING, MISSING};
        int[] until = {MISSING, MISSING, MISSING};
        for (TierAward t : e.tiers()) {
            int i = indexOf(TIERS, t.tier());
            if (i < 0 || t.awardedOn() == null) {
                continue;
            }
            LocalDate end = t.validUntil() != null ? t.validUntil() : t.awardedOn().plusYears(3);
            if (from[i] == MISSING || t.awardedOn().toEpochDay() > from[i]) {
                from[i] = (int) t.awardedOn().toEpochDay();
                until[i] = (int) end.toEpochDay();
            }
        }
        BigDecimal ratio = e.rdRatio();
        if (ratio == null && e.rdExpense() != null && e.operatingRevenue() != null && e.operatingRevenue().signum() > 0) {
            ratio = e.rdExpense().multiply(BigDecimal.valueOf(100)).divide(e.operatingRevenue(), 2, RoundingMode.HALF_UP);
        }
        return new Facts(e.uscc(), region(e.regionCode()), industry(e.industryCode()), indexOf(SIZES, e.sizeClass()),
                e.establishedOn() == null ? MISSING : (int) e.establishedOn().toEpochDay(),
                e.employees() == null ? MISSING : e.employees(), money(e.operatingRevenue()),
                ratio == null ? MISSING : ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact(),
                money(e.rdExpense()), from, until);
    }

    static int region(String code) {
        return code != null && code.matches("\\d{6}") ? Integer.parseInt(code) : MISSING;
    }

    /** {@code C3311} → section 2, 4 digits, 3311 as {@code 2_4_3311}; {@code C33} → {@code 2_2_3300}. */
    static int industry(String qualified) {
        if (qualified == null || qualified.isEmpty() || qualified.charAt(0) < 'A' || qualified.charAt(0) > 'T') {
            return MISSING;
        }
        String digits = qualified.substring(1);
        if (digits.length() == 1) {
            digits = ""; // not a GB/T 4754 level: keep the section only
        }
        if (digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            return MISSING;
        }
        int code4 = digits.isEmpty() ? 0 : Integer.parseInt(digits) * (int) Math.pow(10, 4 - digits.length());
        return (qualified.charAt(0) - 'A') * 100_000 + digits.length() * 10_000 + code4;
    }

    static String industryCode(int packed) {
        if (packed == MISSING) {
            return null;
        }
        int len = packed / 10_000 % 10;
        String digits = String.format("%04d", packed % 10_000).substring(0, len);
        return (char) ('A' + packed / 100_000) + digits;
    }

    static long money(BigDecimal v) {
        return v == null ? MISSING_LONG : v.multiply(SCALE).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The highest tier held and valid on the day, or -1. */
    int tierOn(int day) {
        for (int t = 2; t >= 0; t--) {
            if (tierFrom[t] != MISSING && tierFrom[t] <= day && day < tierUntil[t]) {
                return t;
            }
        }
        return -1;
    }

    static int indexOf(String[] values, String v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(v)) {
                return i;
            }
        }
        return -1;
    }
}
