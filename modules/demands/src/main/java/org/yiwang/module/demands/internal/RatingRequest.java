package org.yiwang.module.demands.internal;

/** The body of {@code POST /api/demands/{id}/rating}: a score 1–5 and an optional comment. */
public record RatingRequest(Integer score, String comment) {
}
