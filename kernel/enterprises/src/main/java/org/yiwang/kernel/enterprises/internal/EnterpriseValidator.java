package org.yiwang.kernel.enterprises.internal;

import static org.yiwang.kernel.enterprises.internal.Messages.add;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.industry.IndustryResolution;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/**
 * The rules of an enterprise profile. {@link #validate} returns the profile normalised (USCC
 * upper-case, industry code qualified, size class and R&amp;D ratio computed, tier validity set) or
 * adds every broken rule to the error list and returns null. Thread-safe; no database access.
 */
public final class EnterpriseValidator {

    /** Dates ("not in the future") are judged in China's time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int NAME_MAX = 200;
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RegionRegistry regions;
    private final IndustryCatalog industries;
    private final SizeClassifier sizes;
    private final CollectionRules collections;
    private final Clock clock;

    public EnterpriseValidator(RegionRegistry regions, IndustryCatalog industries, SizeClassifier sizes, Clock clock) {
        this.regions = regions;
        this.industries = industries;
        this.sizes = sizes;
        this.clock = clock;
        this.collections = new CollectionRules();
    }

    public static EnterpriseValidator bundled(Clock clock) {
        return new EnterpriseValidator(RegionRegistry.bundled(), IndustryCatalog.bundled(),
                SizeClassifier.bundled(), clock);
    }

    /** Today in China, by the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** Validates and normalises; on any error adds it to {@code errors} and returns null. */
    public Enterprise validate(Enterprise in, List<FieldError> errors) {
        int before = errors.size();
        LocalDate today = today();
        String uscc = uscc(in.uscc(), errors);
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            errors.add(Messages.required(Fields.NAME));
        } else if (name.length() > NAME_MAX) {
            errors.add(Messages.maxLength(Fields.NAME, NAME_MAX));
        }
        region(in.regionCode(), errors);
        String industry = industry(in.industryCode(), errors);
        nonNegative(Fields.EMPLOYEES, in.employees(), errors);
        nonNegative(Fields.IP_CLASS_ONE, in.ipClassOne(), errors);
        nonNegative(Fields.IP_TOTAL, in.ipTotal(), errors);
        if (in.ipClassOne() != null && in.ipTotal() != null && in.ipClassOne() > in.ipTotal()) {
            add(errors, Fields.IP_CLASS_ONE, "not-above-total", "一类知识产权数不能大于知识产权总数",
                    "ipClassOne must not exceed ipTotal");
        }
        BigDecimal revenue = money(Fields.REVENUE, in.operatingRevenue(), errors);
        BigDecimal assets = money(Fields.ASSETS, in.totalAssets(), errors);
        BigDecimal rd = money(Fields.RD_EXPENSE, in.rdExpense(), errors);
        if (in.establishedOn() != null && in.establishedOn().isAfter(today)) {
            add(errors, Fields.ESTABLISHED, "not-future", "成立日期不能晚于今天", "establishedOn must not be in the future");
        }
        var tiers = collections.tiers(in.tiers(), today, errors);
        var contacts = collections.contacts(in.contacts(), errors);
        var tags = collections.tags(in.tags(), errors);
        if (errors.size() > before) {
            return null;
        }
        String size = sizes.classify(industry, in.employees(), revenue, assets, today);
        return new Enterprise(uscc, name, in.regionCode().strip(), industry, size, in.employees(), revenue, assets,
                in.establishedOn(), rd, ratio(rd, revenue), in.ipClassOne(), in.ipTotal(), tiers, contacts, tags,
                in.createdAt(), in.updatedAt(), in.version());
    }

    private static String uscc(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(Messages.required(Fields.USCC));
            return null;
        }
        UsccResult r = Uscc.validate(raw, Uscc.Mode.STRICT);
        if (!r.valid()) {
            errors.add(Messages.uscc(r));
            return null;
        }
        return r.normalized();
    }

    private void region(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(Messages.required(Fields.REGION));
            return;
        }
        Optional<Region> r = regions.find(code.strip());
        if (r.isEmpty()) {
            add(errors, Fields.REGION, "region-known", "行政区划代码 " + code + " 不存在",
                    "regionCode " + code + " is not a GB/T 2260 code");
        } else if (!r.get().isCurrent()) {
            add(errors, Fields.REGION, "region-current", "行政区划代码 " + code + " 已撤销，请使用现行代码",
                    "regionCode " + code + " is retired; use the current code");
        }
    }

    private String industry(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(Messages.required(Fields.INDUSTRY));
            return null;
        }
        Optional<IndustryResolution> r = industries.find(code);
        if (r.isEmpty()) {
            add(errors, Fields.INDUSTRY, "industry-known", "行业代码 " + code + " 不是 GB/T 4754-2017 代码",
                    "industryCode " + code + " is not a GB/T 4754-2017 code");
            return null;
        }
        return r.get().qualifiedCode();
    }

    private static void nonNegative(String field, Integer value, List<FieldError> errors) {
        if (value != null && value < 0) {
            errors.add(Messages.nonNegative(field));
        }
    }

    /** Non-negative, at most 4 decimals, below 10^15 万元; returned without trailing zeros. */
    static BigDecimal money(String field, BigDecimal value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            errors.add(Messages.nonNegative(field));
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 4) {
            add(errors, field, "scale", field + " 最多保留 4 位小数（单位：万元）", field + " has more than 4 decimals (unit: 万元)");
            return null;
        }
        if (v.compareTo(MONEY_LIMIT) >= 0) {
            add(errors, field, "range", field + " 数值过大（单位：万元）", field + " is too large (unit: 万元)");
            return null;
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** rdExpense / operatingRevenue in percent, 2 decimals; null when undefined. */
    static BigDecimal ratio(BigDecimal rd, BigDecimal revenue) {
        if (rd == null || revenue == null || revenue.signum() == 0) {
            return null;
        }
        return rd.multiply(HUNDRED).divide(revenue, 2, RoundingMode.HALF_UP);
    }
}
