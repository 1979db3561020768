package org.yiwang.kernel.standards.conformance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yiwang.kernel.standards.conformance.Violation.Severity;
import org.yiwang.kernel.standards.exchange.ExchangeSchemas;
import org.yiwang.kernel.standards.internal.MiniJson;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.service.Channel;
import org.yiwang.kernel.standards.service.ServiceCategory;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/**
 * Checks service record and satisfaction documents of exchange format 1 (schemas
 * {@code service-record.schema.json}, {@code satisfaction.schema.json}): the format marker, required
 * fields and types, a strictly valid USCC, a known region, the service vocabulary, and the ledger's
 * consistency rules (completed ⇔ completedAt, times in order, a rating only on a completed record and
 * only about that record).
 */
public final class LedgerConformance {

    private static final Set<String> RECORD_FIELDS = Set.of("format", "id", "uscc", "regionCode", "region", "module",
            "category", "channel", "provider", "title", "sourceRef", "requestedAt", "respondedAt", "completedAt", "status",
            "outcome", "followUps", "satisfaction");
    private static final Set<String> RATING_FIELDS = Set.of("format", "recordId", "uscc", "score", "comment", "ratedAt",
            "byStaff");
    private static final Set<String> PROVIDER_KINDS = Set.of("PLATFORM_UNIT", "INSTITUTION", "EXPERT");
    private static final Set<String> STATUSES = Set.of("OPEN", "COMPLETED");
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private LedgerConformance() {
    }

    /** Parses JSON text, then checks a service record; malformed JSON is reported as rule {@code json}. */
    public static ConformanceReport checkServiceRecordJson(String json) {
        Map<String, Object> doc = object(json);
        return doc == null ? notAnObject(json) : checkServiceRecord(doc);
    }

    /** Parses JSON text, then checks a satisfaction document. */
    public static ConformanceReport checkSatisfactionJson(String json) {
        Map<String, Object> doc = object(json);
        return doc == null ? notAnObject(json) : checkSatisfaction(doc);
    }

    public static ConformanceReport checkServiceRecord(Map<String, Object> doc) {
        RegionRegistry regions = RegionRegistry.bundled();
        List<Violation> v = new ArrayList<>();
        common(doc, "", RECORD_FIELDS, v);
        string(doc, "", "id", true, v);
        String uscc = uscc(doc, "", v, regions);
        String region = string(doc, "", "regionCode", true, v);
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
        String module = string(doc, "", "module", true, v);
        if (module != null && !MODULE.matcher(module).matches()) {
            v.add(error("/module", "pattern", "module must be a module id (lower-case letters, digits, hyphens)."));
        }
        String category = string(doc, "", "category", true, v);
        if (category != null && ServiceCategory.byCode(category).isEmpty()) {
            v.add(error("/category", "category-known", "Category " + category + " is not a service category code."));
        }
        String channel = string(doc, "", "channel", true, v);
        if (channel != null && java.util.Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(channel))) {
            v.add(error("/channel", "enum", "channel must be one of ONLINE, OFFLINE, HOTLINE, ON_SITE."));
        }
        provider(doc.get("provider"), v);
        string(doc, "", "title", true, v);
        OffsetDateTime requested = time(doc, "", "requestedAt", true, v);
        OffsetDateTime responded = time(doc, "", "respondedAt", false, v);
        OffsetDateTime completed = time(doc, "", "completedAt", false, v);
        String status = string(doc, "", "status", true, v);
        if (status != null && !STATUSES.contains(status)) {
            v.add(error("/status", "enum", "status must be OPEN or COMPLETED."));
        } else if (status != null && status.equals("COMPLETED") != doc.containsKey("completedAt")) {
            v.add(error("/completedAt", "status-consistent", "completedAt must be given exactly when status is COMPLETED."));
        }
        order(requested, responded, "/respondedAt", v);
        order(requested, completed, "/completedAt", v);
        Object followUps = doc.get("followUps");
        if (followUps != null && !(followUps instanceof BigDecimal n && n.stripTrailingZeros().scale() <= 0 && n.signum() >= 0)) {
            v.add(error("/followUps", "type", "followUps must be an integer ≥ 0."));
        }
        if (doc.get("satisfaction") instanceof Map<?, ?> s) {
            @SuppressWarnings("unchecked")
            Map<String, Object> rating = (Map<String, Object>) s;
            satisfaction(rating, "/satisfaction", v, regions);
            if (!"COMPLETED".equals(status)) {
                v.add(error("/satisfaction", "rating-after-completion", "Only a completed service can carry a rating."));
            }
            if (doc.get("id") != null && !doc.get("id").equals(rating.get("recordId"))) {
                v.add(error("/satisfaction/recordId", "satisfaction-consistent", "satisfaction.recordId must equal id."));
            }
            if (uscc != null && !uscc.equals(rating.get("uscc"))) {
                v.add(error("/satisfaction/uscc", "satisfaction-consistent", "satisfaction.uscc must equal uscc."));
            }
        } else if (doc.containsKey("satisfaction")) {
            v.add(error("/satisfaction", "type", "satisfaction must be an object."));
        }
        return new ConformanceReport(v);
    }

    public static ConformanceReport checkSatisfaction(Map<String, Object> doc) {
        List<Violation> v = new ArrayList<>();
        satisfaction(doc, "", v, RegionRegistry.bundled());
        return new ConformanceReport(v);
    }

    private static void satisfaction(Map<String, Object> doc, String base, List<Violation> v, RegionRegistry regions) {
        common(doc, base, RATING_FIELDS, v);
        string(doc, base, "recordId", true, v);
        uscc(doc, base, v, regions);
        Object score = doc.get("score");
        if (score == null) {
            v.add(error(base + "/score", "required", "Field score is required."));
        } else if (!(score instanceof BigDecimal n) || n.stripTrailingZeros().scale() > 0) {
            v.add(error(base + "/score", "type", "score must be an integer."));
        } else if (n.intValue() < 1 || n.intValue() > 5 || n.compareTo(BigDecimal.valueOf(n.intValue())) != 0) {
            v.add(error(base + "/score", "range", "score must be between 1 and 5."));
        }
        if (doc.containsKey("comment") && !(doc.get("comment") instanceof String)) {
            v.add(error(base + "/comment", "type", "comment must be a string."));
        }
        time(doc, base, "ratedAt", true, v);
        Object byStaff = doc.get("byStaff");
        if (byStaff == null) {
            v.add(error(base + "/byStaff", "required", "Field byStaff is required."));
        } else if (!(byStaff instanceof Boolean)) {
            v.add(error(base + "/byStaff", "type", "byStaff must be true or false."));
        }
    }

    private static void common(Map<String, Object> doc, String base, Set<String> fields, List<Violation> v) {
        Object format = doc.get("format");
        if (!ExchangeSchemas.FORMAT.equals(format)) {
            v.add(error(base + "/format", "format", "Field format must be \"" + ExchangeSchemas.FORMAT + "\" (got " + format + ")."));
        }
        for (String key : doc.keySet()) {
            if (!fields.contains(key) && !key.startsWith("x-")) {
                v.add(error(base + "/" + key, "unknown-field", "Field " + key + " is not defined (extensions must start with x-)."));
            }
        }
    }

    private static void provider(Object p, List<Violation> v) {
        if (p == null) {
            v.add(error("/provider", "required", "Field provider is required."));
            return;
        }
        if (!(p instanceof Map<?, ?> m)) {
            v.add(error("/provider", "type", "provider must be an object."));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> provider = (Map<String, Object>) m;
        String kind = string(provider, "/provider", "kind", true, v);
        if (kind != null && !PROVIDER_KINDS.contains(kind)) {
            v.add(error("/provider/kind", "enum", "provider.kind must be one of " + PROVIDER_KINDS + "."));
        }
        string(provider, "/provider", "id", true, v);
        string(provider, "/provider", "name", true, v);
        for (String key : provider.keySet()) {
            if (!Set.of("kind", "id", "name").contains(key)) {
                v.add(error("/provider/" + key, "unknown-field", "Field provider." + key + " is not defined."));
            }
        }
    }

    private static String uscc(Map<String, Object> doc, String base, List<Violation> v, RegionRegistry regions) {
        String uscc = string(doc, base, "uscc", true, v);
        if (uscc == null) {
            return null;
        }
        UsccResult r = Uscc.validate(uscc, Uscc.Mode.STRICT, regions::isKnownInAnyVintage);
        if (!r.valid() || !r.normalized().equals(uscc)) {
            v.add(error(base + "/uscc", "uscc-valid", r.valid() ? "The USCC must be given normalised as " + r.normalized() + "."
                    : "The USCC fails step " + r.failedStep() + ": " + r.detail()));
            return null;
        }
        return uscc;
    }

    private static String string(Map<String, Object> doc, String base, String field, boolean required, List<Violation> v) {
        Object o = doc.get(field);
        if (o == null) {
            if (required) {
                v.add(error(base + "/" + field, "required", "Field " + field + " is required."));
            }
            return null;
        }
        if (!(o instanceof String s) || s.isBlank()) {
            v.add(error(base + "/" + field, "type", "Field " + field + " must be a non-empty string."));
            return null;
        }
        return s;
    }

    private static OffsetDateTime time(Map<String, Object> doc, String base, String field, boolean required, List<Violation> v) {
        String s = string(doc, base, field, required, v);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            v.add(error(base + "/" + field, "date-time", field + " must be an ISO date-time with offset (2025-01-31T08:00:00Z)."));
            return null;
        }
    }

    private static void order(OffsetDateTime requested, OffsetDateTime later, String path, List<Violation> v) {
        if (requested != null && later != null && later.isBefore(requested)) {
            v.add(error(path, "time-order", path.substring(1) + " must not be before requestedAt."));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        try {
            Object tree = MiniJson.parse(json);
            return tree instanceof Map<?, ?> ? (Map<String, Object>) tree : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ConformanceReport notAnObject(String json) {
        try {
            MiniJson.parse(json);
            return new ConformanceReport(List.of(error("", "type", "The document must be a JSON object.")));
        } catch (IllegalArgumentException e) {
            return new ConformanceReport(List.of(error("", "json", e.getMessage())));
        }
    }

    private static Violation error(String path, String rule, String message) {
        return new Violation(path, rule, Severity.ERROR, message);
    }
}
