package org.yiwang.module.institutions.internal;

import java.util.List;

/**
 * The body of an expert: name, professional title, profile, fields (service category codes), the
 * region the expert is based in, availability ({@code AVAILABLE}, {@code LIMITED},
 * {@code UNAVAILABLE}) with a note, and the institution (set by an institution account to itself;
 * staff may leave it out for an independent expert).
 */
public record ExpertRequest(String name, String title, String profile, List<String> fields, String region,
                            String availability, String availabilityNote, Long institutionId) {
}
