package org.yiwang.module.institutions.internal;

import java.util.List;

/** {@code GET /api/institutions/changes}: profile and product changes waiting for the caller's approval. */
public record PendingChanges(List<Institution> profiles, List<Product> products) {
}
