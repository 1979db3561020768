package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.yiwang.kernel.api.security.RegionScope;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.industry.IndustryResolution;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.service.ServiceCategory;

/**
 * Checks a policy body field by field and returns the normalised {@link Content}, or throws every
 * error at once (400, or 422 {@code policy-invalid-criteria} when only criteria are wrong). The
 * level must agree with the region's level: NATIONAL ↔ {@code 000000}, PROVINCIAL ↔ a province,
 * MUNICIPAL ↔ a prefecture, COUNTY ↔ a county-level unit (incl. {@code xx90yy}).
 */
final class PolicyValidator {

    static final int MAX_BODY = 200_000;
    static final int MAX_TAGS = 20;

    private final RegionRegistry regions;

    PolicyValidator(RegionRegistry regions) {
        this.regions = regions;
    }

    Content check(PolicyInput in) {
        Problems.Errors e = new Problems.Errors();
        if (in == null) {
            e.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        Content c = check(in, e, "");
        e.check();
        return c;
    }

    /** Collects errors with field names prefixed {@code base} (imports: {@code items[3].}). */
    Content check(PolicyInput in, Problems.Errors e, String base) {
        String title = e.text(base + "title", in.title(), true, 200);
        String authority = e.text(base + "issuingAuthority", in.issuingAuthority(), true, 200);
        String number = e.text(base + "documentNumber", in.documentNumber(), false, 100);
        Level level = null;
        if (in.level() == null || in.level().isBlank()) {
            e.add(base + "level", "required", "必须填写政策层级", "level is required");
        } else {
            try {
                level = Level.valueOf(in.level().strip());
            } catch (IllegalArgumentException x) {
                e.add(base + "level", "enum", "政策层级须为 NATIONAL、PROVINCIAL、MUNICIPAL 或 COUNTY",
                        "level must be NATIONAL, PROVINCIAL, MUNICIPAL or COUNTY");
            }
        }
        String region = region(e, base, level, in.regionCode());
        LocalDate issued = date(e, base + "issuedOn", in.issuedOn(), true);
        LocalDate from = date(e, base + "effectiveFrom", in.effectiveFrom(), false);
        LocalDate expires = date(e, base + "expiresOn", in.expiresOn(), false);
        if (expires != null && from != null && expires.isBefore(from)) {
            e.add(base + "expiresOn", "after-effective-from", "失效日期不能早于生效日期", "expiresOn must not be before effectiveFrom");
        } else if (expires != null && issued != null && expires.isBefore(issued)) {
            e.add(base + "expiresOn", "after-issued-on", "失效日期不能早于发布日期", "expiresOn must not be before issuedOn");
        }
        String body = e.text(base + "body", in.body(), true, MAX_BODY);
        List<String> categories = categories(e, base, in.categories());
        List<String> tags = tags(e, base, in.tags());
        Criteria criteria = criteria(e, base + "criteria.", in.criteria() == null ? Criteria.NONE : in.criteria(),
                level, region);
        return new Content(title, authority, number, level, region, issued, from, expires, body, categories, tags,
                criteria);
    }

    private String region(Problems.Errors e, String base, Level level, String raw) {
        String code = raw == null || raw.isBlank() ? null : raw.strip();
        if (level == Level.NATIONAL) {
            if (code != null && !code.equals(Level.NATIONWIDE)) {
                e.add(base + "regionCode", "level-consistent", "国家级政策的区划代码为 000000（或不填）",
                        "A national policy has regionCode 000000 (or none)");
            }
            return Level.NATIONWIDE;
        }
        if (code == null) {
            e.add(base + "regionCode", "required", "必须填写行政区划代码", "regionCode is required");
            return null;
        }
        Optional<Region> r = code.matches("\\d{6}") ? regions.find(code).filter(Region::isCurrent) : Optional.empty();
        if (r.isEmpty()) {
            e.add(base + "regionCode", "known", "不是现行的行政区划代码：" + code, "Not a current GB/T 2260 code: " + code);
            return null;
        }
        if (level != null && r.get().level() != level.regionLevel()) {
            e.add(base + "regionCode", "level-consistent", "区划 " + code + " 的层级与政策层级 " + level.nameZh() + " 不一致",
                    "Region " + code + " is a " + r.get().level() + ", not the level of a " + level + " policy");
        }
        return code;
    }

    private static LocalDate date(Problems.Errors e, String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                e.add(field, "required", field + " 必须填写", field + " is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException x) {
            e.add(field, "date", field + " 须为 YYYY-MM-DD 格式的日期", field + " must be a date YYYY-MM-DD");
            return null;
        }
    }

    private static List<String> categories(Problems.Errors e, String base, List<String> raw) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (raw == null || raw.isEmpty()) {
            e.add(base + "categories", "required", "至少选择一个服务类别", "At least one category is required");
            return List.of();
        }
        for (int i = 0; i < raw.size(); i++) {
            String c = raw.get(i) == null ? "" : raw.get(i).strip();
            if (ServiceCategory.byCode(c).isEmpty()) {
                e.add(base + "categories[" + i + "]", "known", "未知的服务类别：" + c, "Unknown service category " + c);
            } else {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> tags(Problems.Errors e, String base, List<String> raw) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_TAGS) {
            e.add(base + "tags", "max-items", "最多 " + MAX_TAGS + " 个标签", "At most " + MAX_TAGS + " tags");
        }
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i) == null ? "" : raw.get(i).strip();
            if (t.isEmpty() || t.length() > 30 || t.chars().anyMatch(Character::isISOControl)) {
                e.add(base + "tags[" + i + "]", "pattern", "标签须为 1–30 个字符", "A tag has 1 to 30 characters");
            } else {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** Validates and normalises criteria (industry codes qualified, lists de-duplicated). */
    Criteria criteria(Problems.Errors e, String base, Criteria c, Level level, String policyRegion) {
        List<String> rs = new ArrayList<>();
        for (int i = 0; i < c.regions().size(); i++) {
            String r = c.regions().get(i) == null ? "" : c.regions().get(i).strip();
            String f = base + "regions[" + i + "]";
            if (!r.matches("\\d{6}") || !regions.isCurrent(r)) {
                e.add(f, "known", "不是现行的行政区划代码：" + r, "Not a current GB/T 2260 code: " + r);
            } else if (level != null && level != Level.NATIONAL && policyRegion != null
                    && !RegionScope.covers(policyRegion, r)) {
                e.add(f, "within-policy-region", "适用区域 " + r + " 不在政策发布区域 " + policyRegion + " 内",
                        "Region " + r + " is outside the policy's region " + policyRegion);
            } else if (!rs.contains(r)) {
                rs.add(r);
            }
        }
        List<String> industries = new ArrayList<>();
        for (int i = 0; i < c.industries().size(); i++) {
            String raw = c.industries().get(i);
            Optional<IndustryResolution> r = IndustryCatalog.bundled().find(raw);
            if (r.isEmpty()) {
                e.add(base + "industries[" + i + "]", "known", "不是 GB/T 4754 行业代码：" + raw, "Not a GB/T 4754 code: " + raw);
            } else if (!industries.contains(r.get().qualifiedCode())) {
                industries.add(r.get().qualifiedCode());
            }
        }
        List<String> sizes = enumList(e, base + "sizes", c.sizes(), Facts.SIZES);
        List<String> tiers = enumList(e, base + "tiers", c.tiers(), Facts.TIERS);
        pair(e, base, "Years", c.minYears() == null ? null : BigDecimal.valueOf(c.minYears()),
                c.maxYears() == null ? null : BigDecimal.valueOf(c.maxYears()), null);
        pair(e, base, "Employees", c.minEmployees() == null ? null : BigDecimal.valueOf(c.minEmployees()),
                c.maxEmployees() == null ? null : BigDecimal.valueOf(c.maxEmployees()), null);
        pair(e, base, "Revenue", c.minRevenue(), c.maxRevenue(), null);
        pair(e, base, "RdRatio", c.minRdRatio(), c.maxRdRatio(), BigDecimal.valueOf(100));
        pair(e, base, "RdExpense", c.minRdExpense(), c.maxRdExpense(), null);
        return new Criteria(rs, industries, sizes, tiers, c.minYears(), c.maxYears(), c.minEmployees(), c.maxEmployees(),
                c.minRevenue(), c.maxRevenue(), c.minRdRatio(), c.maxRdRatio(), c.minRdExpense(), c.maxRdExpense());
    }

    private static List<String> enumList(Problems.Errors e, String field, List<String> raw, String[] allowed) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String v = raw.get(i) == null ? "" : raw.get(i).strip();
            if (Facts.indexOf(allowed, v) < 0) {
                e.add(field + "[" + i + "]", "enum", "取值须为 " + String.join("、", allowed), "Must be one of " + String.join(", ", allowed));
            } else {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private static void pair(Problems.Errors e, String base, String name, BigDecimal min, BigDecimal max, BigDecimal cap) {
        String fmin = base + "min" + name;
        String fmax = base + "max" + name;
        for (String[] f : new String[][] {{fmin}, {fmax}}) {
            BigDecimal v = f[0].equals(fmin) ? min : max;
            if (v != null && v.signum() < 0) {
                e.add(f[0], "min", f[0] + " 不能为负数", f[0] + " must not be negative");
            } else if (v != null && cap != null && v.compareTo(cap) > 0) {
                e.add(f[0], "max", f[0] + " 不能超过 " + cap, f[0] + " must be at most " + cap);
            } else if (v != null && v.scale() > 4) {
                e.add(f[0], "scale", f[0] + " 最多 4 位小数", f[0] + " has at most 4 decimals");
            } else if (v != null && v.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                e.add(f[0], "max", f[0] + " 过大", f[0] + " is too large");
            }
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            e.add(fmax, "min-max", fmax + " 不能小于 " + fmin, fmax + " must not be less than " + fmin);
        }
    }
}
