package org.yiwang.module.institutions.internal;

import java.util.List;

/** An expert of the expert pool; {@code institutionId} null for an independent expert. */
public record Expert(long id, Long institutionId, String institutionName, String name, String title, String profile,
                     List<String> fields, String region, String availability, String availabilityNote, boolean active) {
}
