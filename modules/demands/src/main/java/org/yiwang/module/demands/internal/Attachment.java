package org.yiwang.module.demands.internal;

import java.time.Instant;

/** An attachment's description; its content is fetched separately. */
public record Attachment(long id, long demandId, String name, String contentType, int size, Instant uploadedAt,
                         String uploadedBy) {
}
