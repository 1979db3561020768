package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One version of a product: the approved one the public sees, or a change waiting for staff. */
public record ProductVersion(long revision, String name, String category, String content, List<String> process,
                             String standard, String supervision, boolean free, BigDecimal fee, int deliveryDays,
                             Instant submittedAt, String submittedBy) {
}
