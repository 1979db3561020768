package org.yiwang.module.demands.internal;

import java.time.Instant;
import org.yiwang.kernel.api.files.AttachmentTable;

/** An attachment's description; its content is fetched separately. */
public record Attachment(long id, long demandId, String name, String contentType, int size, Instant uploadedAt,
                         String uploadedBy) {

    static Attachment of(AttachmentTable.Stored f) {
        return new Attachment(f.id(), f.ownerId(), f.name(), f.contentType(), f.size(), f.uploadedAt(), f.uploadedBy());
    }
}
