package org.yiwang.module.policy.internal;

import java.time.Instant;
import org.yiwang.kernel.api.files.AttachmentTable;

/** A file attached to a policy (the content itself is downloaded separately). */
public record Attachment(long id, long policyId, String name, String contentType, int size, Instant uploadedAt,
                         String uploadedBy) {

    static Attachment of(AttachmentTable.Stored f) {
        return new Attachment(f.id(), f.ownerId(), f.name(), f.contentType(), f.size(), f.uploadedAt(), f.uploadedBy());
    }
}
