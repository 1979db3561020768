package org.yiwang.module.policy.internal;

import java.time.LocalDate;
import java.util.List;

/** The editable content of a policy, validated; what a version keeps. */
public record Content(String title, String issuingAuthority, String documentNumber, Level level, String regionCode,
                      LocalDate issuedOn, LocalDate effectiveFrom, LocalDate expiresOn, String body,
                      List<String> categories, List<String> tags, Criteria criteria) {
}
