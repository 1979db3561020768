package org.yiwang.kernel.ledger.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.yiwang.kernel.api.ledger.Rating;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.standards.exchange.ExchangeSchemas;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;

/**
 * Service records as a JSON array of exchange documents (format {@code yiwang.exchange/1}, schema
 * {@code service-record.schema.json}), each with its rating as an embedded satisfaction document
 * ({@code satisfaction.schema.json}). Who recorded or rated (account names) is not exchanged.
 */
final class ExchangeExport implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator out;
    private final RegionRegistry regions = RegionRegistry.bundled();

    ExchangeExport(OutputStream stream) throws IOException {
        this.out = JSON.createGenerator(stream);
        out.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        out.writeStartArray();
    }

    /** Writes a chunk (from a scan callback, hence unchecked). */
    void write(List<ServiceRecord> chunk) {
        try {
            for (ServiceRecord r : chunk) {
                record(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void record(ServiceRecord r) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", ExchangeSchemas.FORMAT);
        out.writeStringField("id", r.id());
        out.writeStringField("uscc", r.uscc());
        out.writeStringField("regionCode", r.regionCode());
        Region region = regions.find(r.regionCode()).orElse(null);
        if (region != null) {
            out.writeObjectFieldStart("region");
            out.writeStringField("code", region.code());
            out.writeStringField("name", region.name());
            out.writeStringField("level", region.level().name());
            out.writeEndObject();
        }
        out.writeStringField("module", r.module());
        out.writeStringField("category", r.category());
        out.writeStringField("channel", r.channel());
        out.writeObjectFieldStart("provider");
        out.writeStringField("kind", r.provider().kind().name());
        out.writeStringField("id", r.provider().id());
        out.writeStringField("name", r.provider().name());
        out.writeEndObject();
        out.writeStringField("title", r.title());
        optional("sourceRef", r.sourceRef());
        time("requestedAt", r.requestedAt());
        time("respondedAt", r.respondedAt());
        time("completedAt", r.completedAt());
        out.writeStringField("status", r.status().name());
        optional("outcome", r.outcome());
        out.writeNumberField("followUps", r.followUps());
        if (r.rating() != null) {
            out.writeFieldName("satisfaction");
            satisfaction(r, r.rating());
        }
        out.writeEndObject();
    }

    private void satisfaction(ServiceRecord r, Rating rating) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", ExchangeSchemas.FORMAT);
        out.writeStringField("recordId", r.id());
        out.writeStringField("uscc", r.uscc());
        out.writeNumberField("score", rating.score());
        optional("comment", rating.comment());
        time("ratedAt", rating.at());
        out.writeBooleanField("byStaff", rating.byStaff());
        out.writeEndObject();
    }

    private void optional(String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }

    private void time(String field, Instant value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value.toString());
        }
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.close(); // flushes; the target stream stays open
    }
}
