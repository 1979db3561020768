package org.yiwang.kernel.enterprises.internal;

import static org.yiwang.kernel.enterprises.internal.Messages.add;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yiwang.kernel.api.enterprise.EnterpriseQuery;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.industry.IndustryResolution;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.size.SizeClass;
import org.yiwang.kernel.standards.tier.Tier;

/**
 * A validated {@link EnterpriseQuery} as an SQL condition on the main table (alias {@code e}).
 * Region subtree: a province ({@code xx0000}) is the code range {@code xx0000–xx9999}, which
 * includes its {@code xx90} county-level units; a prefecture {@code xxyy00} is {@code xxyy00–xxyy99};
 * a county is itself. The level comes from the region registry, not from the digits.
 */
record SearchFilter(String where, List<Object> params) {

    static final SearchFilter ALL = new SearchFilter("", List.of());

    /** @throws ProblemException 400 naming each bad filter (by its query parameter name) */
    static SearchFilter of(EnterpriseQuery q, RegionRegistry regions, IndustryCatalog industries, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (!blank(q.q())) {
            conditions.add("LOWER(e.NAME) LIKE ? ESCAPE '!'");
            params.add("%" + q.q().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        if (!blank(q.regionCode())) {
            Optional<Region> region = regions.find(q.regionCode().strip());
            if (region.isEmpty()) {
                add(errors, "region", "region-known", "行政区划代码不存在", "region is not a GB/T 2260 code");
            } else {
                String code = region.get().code();
                String prefix = switch (region.get().level()) {
                    case PROVINCE -> code.substring(0, 2);
                    case PREFECTURE -> code.substring(0, 4);
                    case COUNTY -> code;
                };
                conditions.add("e.REGION_CODE BETWEEN ? AND ?");
                params.add((prefix + "000000").substring(0, 6));
                params.add((prefix + "999999").substring(0, 6));
            }
        }
        if (!blank(q.industryCode())) {
            Optional<IndustryResolution> r = industries.find(q.industryCode());
            if (r.isEmpty()) {
                add(errors, "industry", "industry-known", "行业代码不是 GB/T 4754-2017 代码",
                        "industry is not a GB/T 4754-2017 code");
            } else {
                conditions.add("e.INDUSTRY_CODE LIKE ?");
                params.add(r.get().qualifiedCode() + "%");
            }
        }
        if (!blank(q.sizeClass())) {
            String s = q.sizeClass().strip().toUpperCase(Locale.ROOT);
            if (!isSize(s)) {
                add(errors, "sizeClass", "enum", "企业规模应为 LARGE、MEDIUM、SMALL 或 MICRO",
                        "sizeClass must be LARGE, MEDIUM, SMALL or MICRO");
            }
            conditions.add("e.SIZE_CLASS = ?");
            params.add(s);
        }
        if (!blank(q.tier())) {
            String t = q.tier().strip().toUpperCase(Locale.ROOT);
            if (!isTier(t)) {
                add(errors, "tier", "enum", "称号应为 BASE、SPECIALISED 或 LITTLE_GIANT",
                        "tier must be BASE, SPECIALISED or LITTLE_GIANT");
            }
            conditions.add("EXISTS (SELECT 1 FROM ENTERPRISES_TIER t WHERE t.USCC = e.USCC AND t.TIER = ?"
                    + " AND t.AWARDED_ON <= ? AND t.VALID_UNTIL > ?)");
            params.add(t);
            params.add(Date.valueOf(today));
            params.add(Date.valueOf(today));
        }
        if (!blank(q.tag())) {
            conditions.add("EXISTS (SELECT 1 FROM ENTERPRISES_TAG g WHERE g.USCC = e.USCC AND g.TAG = ?)");
            params.add(q.tag().strip());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return conditions.isEmpty() ? ALL : new SearchFilter(" WHERE " + String.join(" AND ", conditions), params);
    }

    /** Binds the parameters from index 1; returns the next free index. */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    /** The condition extended by a keyset bound {@code e.USCC > ?} (the bound is the last parameter). */
    String whereAfter() {
        return where.isEmpty() ? " WHERE e.USCC > ?" : where + " AND e.USCC > ?";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isSize(String s) {
        for (SizeClass c : SizeClass.values()) {
            if (c.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTier(String s) {
        for (Tier t : Tier.values()) {
            if (t.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
