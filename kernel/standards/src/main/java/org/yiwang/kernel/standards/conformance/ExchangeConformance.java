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
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.tier.TierValidity;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/**
 * Checks exchange documents (as parsed JSON trees) against the rules of format version 1 that
 * matter: the format marker, required fields and types, a strictly valid USCC, a known region
 * code and a known industry code. Not a JSON Schema validator; the schemas stay the contract.
 */
public final class ExchangeConformance {

    private static final Set<String> FIELDS = Set.of("format", "uscc", "name", "regionCode", "region", "industryCode",
            "size", "sizeRuleSet", "tiers", "employees", "operatingRevenue", "totalAssets", "established", "address", "updatedAt");
    private static final Set<String> SIZES = Set.of("LARGE", "MEDIUM", "SMALL", "MICRO");
    private static final Set<String> TIERS = Set.of("BASE", "SPECIALISED", "LITTLE_GIANT");

    private ExchangeConformance() {
    }

    /** Checks against the bundled region and industry tables. */
    public static ConformanceReport checkEnterprise(Map<String, Object> doc) {
        return checkEnterprise(doc, RegionRegistry.bundled(), IndustryCatalog.bundled());
    }

    /** Parses JSON text, then checks; malformed JSON is reported as rule {@code json}. */
    public static ConformanceReport checkEnterpriseJson(String json) {
        Object tree;
        try {
            tree = MiniJson.parse(json);
        } catch (IllegalArgumentException e) {
            return new ConformanceReport(List.of(new Violation("", "json", Severity.ERROR, e.getMessage())));
        }
        if (!(tree instanceof Map<?, ?>)) {
            return new ConformanceReport(List.of(new Violation("", "type", Severity.ERROR, "The document must be a JSON object.")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) tree;
        return checkEnterprise(doc);
    }

    /** Checks an enterprise document. */
    public static ConformanceReport checkEnterprise(Map<String, Object> doc, RegionRegistry regions, IndustryCatalog industries) {
        List<Violation> v = new ArrayList<>();
        Object format = doc.get("format");
        if (!ExchangeSchemas.FORMAT.equals(format)) {
            v.add(error("/format", "format", "Field format must be \"" + ExchangeSchemas.FORMAT + "\" (got " + format + ")."));
        }
        for (String key : doc.keySet()) {
            if (!FIELDS.contains(key) && !key.startsWith("x-")) {
                v.add(error("/" + key, "unknown-field", "Field " + key + " is not defined (extensions must start with x-)."));
            }
        }
        String uscc = requiredString(doc, "uscc", v);
        if (uscc != null) {
            UsccResult r = Uscc.validate(uscc, Uscc.Mode.STRICT, regions::isKnownInAnyVintage);
            if (!r.valid() || !r.normalized().equals(uscc)) {
                v.add(error("/uscc", "uscc-valid", r.valid() ? "The USCC must be given normalised as " + r.normalized() + "."
                        : "The USCC fails step " + r.failedStep() + ": " + r.detail()));
            }
        }
        requiredString(doc, "name", v);
        String region = requiredString(doc, "regionCode", v);
        if (region != null) {
            if (!regions.isKnownInAnyVintage(region)) {
                v.add(error("/regionCode", "region-known", "Region code " + region + " is not a known GB/T 2260 code."));
            } else if (!regions.isCurrent(region)) {
                v.add(new Violation("/regionCode", "region-current", Severity.WARNING, "Region code " + region + " is retired."));
            }
            if (doc.get("region") instanceof Map<?, ?> ref && !region.equals(ref.get("code"))) {
                v.add(error("/region/code", "region-consistent", "region.code must equal regionCode " + region + "."));
            }
        }
        String industry = requiredString(doc, "industryCode", v);
        if (industry != null && industries.find(industry).isEmpty()) {
            v.add(error("/industryCode", "industry-known", "Industry code " + industry + " is not a known GB/T 4754-2017 code."));
        }
        if (doc.containsKey("size") && !SIZES.contains(doc.get("size"))) {
            v.add(error("/size", "enum", "size must be one of " + SIZES + "."));
        }
        number(doc, "employees", true, v);
        number(doc, "operatingRevenue", false, v);
        number(doc, "totalAssets", false, v);
        date(doc.get("established"), "/established", v);
        tiers(doc.get("tiers"), v);
        return new ConformanceReport(v);
    }

    private static void tiers(Object tiers, List<Violation> v) {
        if (tiers == null) {
            return;
        }
        if (!(tiers instanceof List<?> list)) {
            v.add(error("/tiers", "type", "tiers must be an array."));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = "/tiers/" + i;
            if (!(list.get(i) instanceof Map<?, ?> t)) {
                v.add(error(p, "type", "Each tier award must be an object."));
                continue;
            }
            if (!TIERS.contains(t.get("tier"))) {
                v.add(error(p + "/tier", "enum", "tier must be one of " + TIERS + "."));
            }
            if (t.get("awardedOn") == null) {
                v.add(error(p + "/awardedOn", "required", "Field awardedOn is required."));
            }
            LocalDate awarded = date(t.get("awardedOn"), p + "/awardedOn", v);
            LocalDate expires = date(t.get("expiresOn"), p + "/expiresOn", v);
            if (awarded != null && expires != null && !expires.equals(TierValidity.expiresOn(awarded))) {
                v.add(error(p + "/expiresOn", "tier-expiry", "expiresOn must be awardedOn + 3 years ("
                        + TierValidity.expiresOn(awarded) + ")."));
            }
        }
    }

    private static String requiredString(Map<String, Object> doc, String field, List<Violation> v) {
        Object o = doc.get(field);
        if (o == null) {
            v.add(error("/" + field, "required", "Field " + field + " is required."));
            return null;
        }
        if (!(o instanceof String s) || s.isBlank()) {
            v.add(error("/" + field, "type", "Field " + field + " must be a non-empty string."));
            return null;
        }
        return s;
    }

    private static void number(Map<String, Object> doc, String field, boolean integer, List<Violation> v) {
        Object o = doc.get(field);
        if (o == null) {
            return;
        }
        if (!(o instanceof Number n)) {
            v.add(error("/" + field, "type", "Field " + field + " must be a number."));
            return;
        }
        BigDecimal d = new BigDecimal(n.toString());
        if (integer && d.stripTrailingZeros().scale() > 0) {
            v.add(error("/" + field, "type", "Field " + field + " must be an integer."));
        }
        if (d.signum() < 0) {
            v.add(error("/" + field, "non-negative", "Field " + field + " must not be negative."));
        }
    }

    private static LocalDate date(Object o, String path, List<Violation> v) {
        if (o == null) {
            return null;
        }
        try {
            return LocalDate.parse((String) o);
        } catch (ClassCastException | DateTimeParseException e) {
            v.add(error(path, "date", path + " must be an ISO date (YYYY-MM-DD)."));
            return null;
        }
    }

    private static Violation error(String path, String rule, String message) {
        return new Violation(path, rule, Severity.ERROR, message);
    }
}
