package org.yiwang.module.policy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;

/**
 * A policy as the API shows it. {@code status} is as of now: a published policy past its
 * {@code expiresOn} reads {@code EXPIRED} even before the expiry job has run. {@code criteriaText}
 * is the readable rule.
 */
public record Policy(long id, String title, String issuingAuthority, String documentNumber, Level level,
                     String regionCode, String regionName, LocalDate issuedOn, LocalDate effectiveFrom,
                     LocalDate expiresOn, String body, List<String> categories, List<String> tags, Criteria criteria,
                     LocalizedText criteriaText, Status status, int version, Instant createdAt, String createdBy,
                     Instant updatedAt, Instant publishedAt, List<Interpretation> interpretations,
                     List<Attachment> attachments) {

    Content content() {
        return new Content(title, issuingAuthority, documentNumber, level, regionCode, issuedOn, effectiveFrom, expiresOn,
                body, categories, tags, criteria);
    }

    Policy with(List<Interpretation> i, List<Attachment> a) {
        return new Policy(id, title, issuingAuthority, documentNumber, level, regionCode, regionName, issuedOn,
                effectiveFrom, expiresOn, body, categories, tags, criteria, criteriaText, status, version, createdAt,
                createdBy, updatedAt, publishedAt, i, a);
    }

    PolicySummary summary(String highlight) {
        return new PolicySummary(id, title, issuingAuthority, documentNumber, level, regionCode, regionName, issuedOn,
                effectiveFrom, expiresOn, categories, tags, criteriaText, status, version, publishedAt, highlight);
    }
}
