package org.yiwang.module.institutions.internal;

/** The body of a review or decision: the reason (required to reject, optional to admit or approve). */
public record ReasonRequest(String reason) {
}
