package org.yiwang.module.policy.internal;

import java.util.List;

/**
 * Body of {@code POST /api/policy/policies} and {@code PUT …/{id}}. Dates as {@code YYYY-MM-DD};
 * {@code level} one of {@link Level}; {@code changeNote} required when editing a published policy.
 */
public record PolicyInput(String title, String issuingAuthority, String documentNumber, String level, String regionCode,
                          String issuedOn, String effectiveFrom, String expiresOn, String body, List<String> categories,
                          List<String> tags, Criteria criteria, String changeNote) {
}
