package org.yiwang.module.institutions.internal;

import java.time.Instant;
import java.util.List;

/** One line of the directory or the staff registry: what a list shows of an institution. */
public record Listing(long id, String uscc, String name, InstitutionType type, String region, List<String> categories,
                      List<String> regionsServed, Status status, String description, Instant appliedAt,
                      Instant admittedAt, boolean changePending) {
}
