package org.yiwang.kernel.identity.internal;

import java.util.List;

/**
 * The body of {@code PUT /api/identity/accounts/{id}}: absent (null) fields stay unchanged; an
 * empty {@code orgUnit} clears it. {@code regionCode} applies to staff and institutions,
 * {@code institutionId} to institutions.
 */
public record AccountChanges(String displayName, String regionCode, String orgUnit, String institutionId,
                             List<String> roles) {
}
