package org.yiwang.module.policy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An interpretation (解读) of a policy: an explanatory text and questions with answers. */
public record Interpretation(long id, long policyId, String title, String text, List<Qa> qa, String author,
                             LocalDate date, Instant createdAt, String createdBy) {
}
