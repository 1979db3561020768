package org.yiwang.kernel.standards.exchange;

import java.util.List;
import java.util.Optional;
import org.yiwang.kernel.standards.internal.Resources;

/**
 * The versioned JSON Schemas (draft 2020-12) of the exchange format. Instance documents carry
 * {@code "format": "yiwang.exchange/1"}; a breaking change means a new major version, a new
 * folder ({@code exchange/v2/}) and a new marker.
 */
public final class ExchangeSchemas {

    /** Major version of the exchange format. */
    public static final int VERSION = 1;
    /** The marker every instance document carries in its top-level {@code format} field. */
    public static final String FORMAT = "yiwang.exchange/" + VERSION;
    /** Base of the schema {@code $id}s. */
    public static final String BASE_ID = "https://yiwang.org/schemas/exchange/" + VERSION + "/";
    /** Enterprise document schema. */
    public static final String ENTERPRISE = "enterprise.schema.json";
    /** Region reference schema. */
    public static final String REGION_REF = "region-ref.schema.json";
    /** Service record (service ledger) document schema. */
    public static final String SERVICE_RECORD = "service-record.schema.json";
    /** Satisfaction rating document schema. */
    public static final String SATISFACTION = "satisfaction.schema.json";

    private static final String FOLDER = "org/yiwang/kernel/standards/exchange/v" + VERSION + "/";
    private static final List<SchemaRef> ALL = List.of(ref(ENTERPRISE), ref(REGION_REF), ref(SERVICE_RECORD),
            ref(SATISFACTION));

    private ExchangeSchemas() {
    }

    private static SchemaRef ref(String name) {
        return new SchemaRef(name, BASE_ID + name, FOLDER + name);
    }

    /** Every schema of this version. */
    public static List<SchemaRef> list() {
        return ALL;
    }

    /** A schema by file name or {@code $id}. */
    public static Optional<SchemaRef> find(String nameOrId) {
        return ALL.stream().filter(r -> r.name().equals(nameOrId) || r.id().equals(nameOrId)).findFirst();
    }

    /** The schema's JSON text. */
    public static String load(String nameOrId) {
        SchemaRef ref = find(nameOrId).orElseThrow(() -> new IllegalArgumentException("no schema " + nameOrId));
        return Resources.text(ref.resource());
    }
}
