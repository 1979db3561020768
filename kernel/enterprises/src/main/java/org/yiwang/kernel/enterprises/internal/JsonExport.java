package org.yiwang.kernel.enterprises.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.standards.exchange.ExchangeSchemas;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;

/**
 * Enterprises as a JSON array of exchange documents (format {@code yiwang.exchange/1}, schema
 * {@code enterprise.schema.json} of kernel/standards). Fields the schema lacks travel as {@code x-}
 * extensions; contacts (personal data) are not exchanged.
 */
final class JsonExport implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator out;
    private final RegionRegistry regions;

    JsonExport(OutputStream stream, RegionRegistry regions) throws IOException {
        this.out = JSON.createGenerator(stream);
        out.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        this.regions = regions;
        out.writeStartArray();
    }

    void write(List<Enterprise> chunk) throws IOException {
        for (Enterprise e : chunk) {
            out.writeStartObject();
            out.writeStringField("format", ExchangeSchemas.FORMAT);
            out.writeStringField("uscc", e.uscc());
            out.writeStringField("name", e.name());
            out.writeStringField("regionCode", e.regionCode());
            Region r = regions.find(e.regionCode()).orElse(null);
            if (r != null) {
                out.writeObjectFieldStart("region");
                out.writeStringField("code", r.code());
                out.writeStringField("name", r.name());
                out.writeStringField("level", r.level().name());
                out.writeEndObject();
            }
            out.writeStringField("industryCode", e.industryCode());
            optional("size", e.sizeClass());
            if (!e.tiers().isEmpty()) {
                out.writeArrayFieldStart("tiers");
                for (TierAward t : e.tiers()) {
                    out.writeStartObject();
                    out.writeStringField("tier", t.tier());
                    out.writeStringField("awardedOn", t.awardedOn().toString());
                    out.writeStringField("expiresOn", t.validUntil().toString());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            if (e.employees() != null) {
                out.writeNumberField("employees", e.employees());
            }
            number("operatingRevenue", e.operatingRevenue());
            number("totalAssets", e.totalAssets());
            optional("established", e.establishedOn() == null ? null : e.establishedOn().toString());
            optional("updatedAt", e.updatedAt() == null ? null : e.updatedAt().toString());
            number("x-rdExpense", e.rdExpense());
            number("x-rdRatio", e.rdRatio());
            if (e.ipClassOne() != null) {
                out.writeNumberField("x-ipClassOne", e.ipClassOne());
            }
            if (e.ipTotal() != null) {
                out.writeNumberField("x-ipTotal", e.ipTotal());
            }
            if (!e.tags().isEmpty()) {
                out.writeArrayFieldStart("x-tags");
                for (String tag : e.tags()) {
                    out.writeString(tag);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
    }

    private void optional(String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }

    private void number(String field, BigDecimal value) throws IOException {
        if (value != null) {
            out.writeNumberField(field, value);
        }
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.close(); // flushes; the target stream stays open
    }
}
