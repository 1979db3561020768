package org.yiwang.module.demands.internal;

import java.time.Instant;

/**
 * A demand as the API shows it. {@code windowRegion}/{@code windowName} is the responsible service
 * window; {@code institutionId}/{@code institutionName} the service institution it was handed to, if
 * any (the window keeps supervising it). {@code closedAt} is set when the demand ends, whether closed,
 * rejected or withdrawn. {@code sla} is computed when read.
 */
public record Demand(long id, String uscc, String enterpriseName, String region, String category, String title,
                     String description, String contact, Channel channel, Status status, String windowRegion,
                     String windowName, String institutionId, String institutionName, Instant submittedAt,
                     Instant acceptedAt, Instant startedAt, Instant resolvedAt, Instant followedUpAt, Instant closedAt,
                     Instant due, SlaState sla, boolean reminded, int escalationLevel, Instant escalatedAt,
                     String resolution, String ledgerRecordId, Integer ratingScore, String ratingComment,
                     Instant ratedAt, String createdBy) {
}
