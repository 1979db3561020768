package org.yiwang.module.institutions.internal;

import java.time.Instant;

/** A case of the case library, classified by industry, service category and enterprise size. */
public record ServiceCase(long id, long institutionId, String title, String industry, String industryName,
                          String category, String enterpriseSize, String summary, String outcome, Integer year,
                          Instant createdAt) {
}
