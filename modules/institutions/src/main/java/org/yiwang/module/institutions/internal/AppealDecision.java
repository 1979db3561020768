package org.yiwang.module.institutions.internal;

/**
 * The body of {@code POST /api/institutions/{id}/appeal/decision}: {@code upheld} true puts the
 * institution back in the registry, false removes it; the reason is required.
 */
public record AppealDecision(Boolean upheld, String reason) {
}
