package org.yiwang.module.institutions.internal;

/** The body of {@code POST /api/institutions/{id}/appeal}: the institution's appeal against its notice of exit. */
public record AppealRequest(String text) {
}
