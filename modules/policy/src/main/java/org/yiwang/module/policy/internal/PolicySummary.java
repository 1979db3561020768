package org.yiwang.module.policy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;

/**
 * A policy in a list. {@code highlight} (search with {@code q} only): a snippet of the text,
 * HTML-escaped, with the matched words wrapped in {@code <em>…</em>} and no other markup.
 */
public record PolicySummary(long id, String title, String issuingAuthority, String documentNumber, Level level,
                            String regionCode, String regionName, java.time.LocalDate issuedOn, LocalDate effectiveFrom,
                            LocalDate expiresOn, List<String> categories, List<String> tags,
                            LocalizedText criteriaText, Status status, int version, Instant publishedAt,
                            String highlight) {
}
