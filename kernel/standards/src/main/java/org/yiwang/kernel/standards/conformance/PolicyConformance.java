package org.yiwang.kernel.standards.conformance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yiwang.kernel.standards.conformance.Violation.Severity;
import org.yiwang.kernel.standards.exchange.ExchangeSchemas;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.internal.MiniJson;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionLevel;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.service.ServiceCategory;

/**
 * Checks policy documents of exchange format 1 (schema {@code policy.schema.json}, folder
 * {@code exchange/v1}): the format marker, required fields and types, the level agreeing with the
 * region's level, known categories, dates in order, and criteria made of known region and industry
 * codes, enumerated sizes and tiers, and non-negative ranges with min ≤ max.
 */
public final class PolicyConformance {

    /** Schema file name (beside the other exchange v1 schemas). */
    public static final String SCHEMA = "policy.schema.json";

    private static final Set<String> FIELDS = Set.of("format", "id", "title", "issuingAuthority", "documentNumber", "level",
            "regionCode", "region", "issuedOn", "effectiveFrom", "expiresOn", "body", "categories", "tags", "status",
            "version", "criteria", "interpretations");
    private static final Set<String> CRITERIA = Set.of("regions", "industries", "sizes", "tiers", "minYears", "maxYears",
            "minEmployees", "maxEmployees", "minRevenue", "maxRevenue", "minRdRatio", "maxRdRatio", "minRdExpense",
            "maxRdExpense");
    private static final Set<String> LEVELS = Set.of("NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY");
    private static final Set<String> SIZES = Set.of("LARGE", "MEDIUM", "SMALL", "MICRO");
    private static final Set<String> TIERS = Set.of("BASE", "SPECIALISED", "LITTLE_GIANT");
    private static final Set<String> STATUSES = Set.of("DRAFT", "IN_REVIEW", "PUBLISHED", "EXPIRED", "WITHDRAWN");

    private PolicyConformance() {
    }

    /** Parses JSON text, then checks a policy document; malformed JSON is reported as rule {@code json}. */
    @SuppressWarnings("unchecked")
    public static ConformanceReport checkPolicyJson(String json) {
        Object tree;
        try {
            tree = MiniJson.parse(json);
        } catch (IllegalArgumentException e) {
            return new ConformanceReport(List.of(error("", "json", e.getMessage())));
        }
        if (!(tree instanceof Map<?, ?> m)) {
            return new ConformanceReport(List.of(error("", "type", "The document must be a JSON object.")));
        }
        return checkPolicy((Map<String, Object>) m);
    }

    public static ConformanceReport checkPolicy(Map<String, Object> doc) {
        List<Violation> v = new ArrayList<>();
        RegionRegistry regions = RegionRegistry.bundled();
        if (!ExchangeSchemas.FORMAT.equals(doc.get("format"))) {
            v.add(error("/format", "format", "Field format must be \"" + ExchangeSchemas.FORMAT + "\"."));
        }
        for (String key : doc.keySet()) {
            if (!FIELDS.contains(key) && !key.startsWith("x-")) {
                v.add(error("/" + key, "unknown-field", "Field " + key + " is not defined (extensions must start with x-)."));
            }
        }
        text(doc, "title", true, 200, v);
        text(doc, "issuingAuthority", true, 200, v);
        text(doc, "documentNumber", false, 100, v);
        text(doc, "body", true, 200_000, v);
        String level = text(doc, "level", true, 20, v);
        if (level != null && !LEVELS.contains(level)) {
            v.add(error("/level", "enum", "level must be one of " + LEVELS + "."));
            level = null;
        }
        String region = text(doc, "regionCode", false, 6, v);
        if ("NATIONAL".equals(level)) {
            if (region != null && !region.equals("000000")) {
                v.add(error("/regionCode", "level-consistent", "A national policy has regionCode 000000 or none."));
            }
        } else if (level != null) {
            RegionLevel expected = switch (level) {
                case "PROVINCIAL" -> RegionLevel.PROVINCE;
                case "MUNICIPAL" -> RegionLevel.PREFECTURE;
                default -> RegionLevel.COUNTY;
            };
            Region r = region == null ? null : regions.find(region).orElse(null);
            if (region == null) {
                v.add(error("/regionCode", "required", "regionCode is required below the national level."));
            } else if (r == null) {
                v.add(error("/regionCode", "region-known", "Region code " + region + " is not a known GB/T 2260 code."));
            } else if (r.level() != expected) {
                v.add(error("/regionCode", "level-consistent", "Region " + region + " is a " + r.level() + ", not the level of a "
                        + level + " policy."));
            }
        }
        LocalDate issued = date(doc, "issuedOn", true, v);
        LocalDate from = date(doc, "effectiveFrom", false, v);
        LocalDate expires = date(doc, "expiresOn", false, v);
        if (expires != null && ((from != null && expires.isBefore(from)) || (issued != null && expires.isBefore(issued)))) {
            v.add(error("/expiresOn", "date-order", "expiresOn must not be before effectiveFrom or issuedOn."));
        }
        List<String> cats = strings(doc, "categories", v);
        if (cats != null) {
            if (cats.isEmpty()) {
                v.add(error("/categories", "required", "At least one category is required."));
            }
            for (int i = 0; i < cats.size(); i++) {
                if (ServiceCategory.byCode(cats.get(i)).isEmpty()) {
                    v.add(error("/categories/" + i, "category-known", cats.get(i) + " is not a service category code."));
                }
            }
        } else if (!doc.containsKey("categories")) {
            v.add(error("/categories", "required", "Field categories is required."));
        }
        strings(doc, "tags", v);
        Object status = doc.get("status");
        if (status != null && !STATUSES.contains(status)) {
            v.add(error("/status", "enum", "status must be one of " + STATUSES + "."));
        }
        Object criteria = doc.get("criteria");
        if (criteria instanceof Map<?, ?> c) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) c;
            criteria(m, regions, v);
        } else if (criteria != null) {
            v.add(error("/criteria", "type", "criteria must be an object."));
        }
        return new ConformanceReport(v);
    }

    private static void criteria(Map<String, Object> c, RegionRegistry regions, List<Violation> v) {
        for (String key : c.keySet()) {
            if (!CRITERIA.contains(key)) {
                v.add(error("/criteria/" + key, "unknown-field", "Criterion " + key + " is not defined."));
            }
        }
        List<String> rs = strings(c, "regions", v);
        for (int i = 0; rs != null && i < rs.size(); i++) {
            if (!rs.get(i).matches("\\d{6}") || !regions.isKnownInAnyVintage(rs.get(i))) {
                v.add(error("/criteria/regions/" + i, "region-known", rs.get(i) + " is not a GB/T 2260 code."));
            }
        }
        List<String> inds = strings(c, "industries", v);
        for (int i = 0; inds != null && i < inds.size(); i++) {
            if (IndustryCatalog.bundled().find(inds.get(i)).isEmpty()) {
                v.add(error("/criteria/industries/" + i, "industry-known", inds.get(i) + " is not a GB/T 4754 code."));
            }
        }
        enumerated(c, "sizes", SIZES, v);
        enumerated(c, "tiers", TIERS, v);
        for (String pair : List.of("Years", "Employees", "Revenue", "RdRatio", "RdExpense")) {
            BigDecimal min = number(c, "min" + pair, v);
            BigDecimal max = number(c, "max" + pair, v);
            if (min != null && max != null && min.compareTo(max) > 0) {
                v.add(error("/criteria/max" + pair, "min-max", "max" + pair + " must not be less than min" + pair + "."));
            }
            if (pair.equals("RdRatio") && ((min != null && min.compareTo(BigDecimal.valueOf(100)) > 0)
                    || (max != null && max.compareTo(BigDecimal.valueOf(100)) > 0))) {
                v.add(error("/criteria/" + (min != null && min.compareTo(BigDecimal.valueOf(100)) > 0 ? "min" : "max") + pair,
                        "range", "An R&D ratio is a percentage (0-100)."));
            }
        }
    }

    private static void enumerated(Map<String, Object> c, String field, Set<String> allowed, List<Violation> v) {
        List<String> values = strings(c, field, v);
        for (int i = 0; values != null && i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                v.add(error("/criteria/" + field + "/" + i, "enum", field + " must be among " + allowed + "."));
            }
        }
    }

    private static BigDecimal number(Map<String, Object> c, String field, List<Violation> v) {
        Object o = c.get(field);
        if (o == null) {
            return null;
        }
        if (!(o instanceof BigDecimal n)) {
            v.add(error("/criteria/" + field, "type", field + " must be a number."));
            return null;
        }
        if (n.signum() < 0) {
            v.add(error("/criteria/" + field, "range", field + " must not be negative."));
        }
        return n;
    }

    private static String text(Map<String, Object> doc, String field, boolean required, int max, List<Violation> v) {
        Object o = doc.get(field);
        if (o == null) {
            if (required) {
                v.add(error("/" + field, "required", "Field " + field + " is required."));
            }
            return null;
        }
        if (!(o instanceof String s) || s.isBlank()) {
            v.add(error("/" + field, "type", "Field " + field + " must be a non-empty string."));
            return null;
        }
        if (s.length() > max) {
            v.add(error("/" + field, "max-length", field + " has at most " + max + " characters."));
        }
        return s;
    }

    private static LocalDate date(Map<String, Object> doc, String field, boolean required, List<Violation> v) {
        String s = text(doc, field, required, 10, v);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            v.add(error("/" + field, "date", field + " must be an ISO date (2026-01-31)."));
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> doc, String field, List<Violation> v) {
        Object o = doc.get(field);
        if (o == null) {
            return null;
        }
        if (o instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
            return (List<String>) l;
        }
        v.add(error("/" + field, "type", field + " must be an array of strings."));
        return null;
    }

    private static Violation error(String path, String rule, String message) {
        return new Violation(path, rule, Severity.ERROR, message);
    }
}
