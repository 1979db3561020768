package org.yiwang.kernel.api.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise profile in the SME database. Money is in 万元 (CNY 10,000).
 *
 * @param uscc             Unified Social Credit Code (GB 32100-2015), normalised, 18 characters; the key
 * @param name             registered name, at most 200 characters
 * @param regionCode       GB/T 2260 code (current, county level or higher) of the enterprise's location
 * @param industryCode     GB/T 4754-2017 code, stored qualified with its section letter (e.g. {@code C3311})
 * @param sizeClass        {@code LARGE}, {@code MEDIUM}, {@code SMALL} or {@code MICRO}, computed by the
 *                         platform from industry and indicators; null when the industry is not covered
 *                         (finance) or an indicator the industry needs is missing. Ignored on input.
 * @param employees        从业人员, persons
 * @param operatingRevenue 营业收入, 万元
 * @param totalAssets      资产总额, 万元
 * @param establishedOn    成立日期
 * @param rdExpense        研发费用 of the last year, 万元
 * @param rdRatio          R&amp;D expense as a percentage of operating revenue (2 decimals), computed;
 *                         null when either is missing or revenue is zero. Ignored on input.
 * @param ipClassOne       Class I intellectual property items (invention patents etc.)
 * @param ipTotal          all intellectual property items
 * @param tiers            quality-tier titles (创新型 / 专精特新 / 小巨人) with their award dates
 * @param contacts         contact persons (personal data: never logged)
 * @param tags             free labels for grouping and search
 * @param createdAt        when the profile was first stored; set by the platform
 * @param updatedAt        when it last changed; set by the platform
 * @param version          optimistic-locking counter: send the version you read with an update;
 *                         it starts at 1 and grows by one with every change
 */
public record Enterprise(String uscc, String name, String regionCode, String industryCode, String sizeClass,
                         Integer employees, BigDecimal operatingRevenue, BigDecimal totalAssets,
                         LocalDate establishedOn, BigDecimal rdExpense, BigDecimal rdRatio,
                         Integer ipClassOne, Integer ipTotal, List<TierAward> tiers, List<Contact> contacts,
                         List<String> tags, Instant createdAt, Instant updatedAt, Long version) {

    public Enterprise {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
