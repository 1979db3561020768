package org.yiwang.kernel.identity.internal.rest;

/** The body of {@code POST /api/identity/registrations/{id}/reject}. */
public record RejectRequest(String reason) {
}
