package org.yiwang.module.policy.internal;

import java.time.Instant;

/** A file attached to a policy (the content itself is downloaded separately). */
public record Attachment(long id, long policyId, String name, String contentType, int size, Instant uploadedAt,
                         String uploadedBy) {
}
