package org.yiwang.module.institutions.internal;

import java.util.List;

/**
 * {@code GET /api/institutions/{id}}: the institution with its products, cases and experts, and its
 * entry and exit history (the public sees the approved versions only).
 */
public record InstitutionPage(Institution institution, List<Product> products, List<ServiceCase> cases,
                              List<Expert> experts, List<HistoryEntry> history) {
}
