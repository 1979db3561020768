package org.yiwang.module.demands.internal;

/**
 * The body of {@code POST /api/demands/{id}/transfer}: exactly one of {@code toRegion} (the window of
 * a sibling, parent or child region) or {@code toInstitution} (a service institution's id, with its
 * {@code institutionName}), and a {@code reason}.
 */
public record TransferRequest(String toRegion, String toInstitution, String institutionName, String reason) {
}
