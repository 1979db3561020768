package org.yiwang.module.institutions.internal;

/** The body of a product request ({@code note}: what the enterprise needs) or of completing one ({@code outcome}). */
public record RequestBody(String note, String outcome) {
}
