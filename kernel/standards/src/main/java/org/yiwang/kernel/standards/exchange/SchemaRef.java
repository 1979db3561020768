package org.yiwang.kernel.standards.exchange;

/**
 * A bundled JSON Schema.
 *
 * @param name     file name, e.g. {@code enterprise.schema.json}
 * @param id       its {@code $id}
 * @param resource resource path inside the bundle
 */
public record SchemaRef(String name, String id, String resource) {
}
