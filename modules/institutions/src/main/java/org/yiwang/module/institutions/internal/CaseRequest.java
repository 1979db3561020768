package org.yiwang.module.institutions.internal;

/**
 * The body of a case (案例): title, the served enterprise's industry (GB/T 4754 code at any level,
 * e.g. {@code C}, {@code C33}, {@code 3311}), the service category, the enterprise's size class
 * ({@code LARGE}, {@code MEDIUM}, {@code SMALL}, {@code MICRO}), what was done, the outcome, and the year.
 */
public record CaseRequest(String title, String industry, String category, String enterpriseSize, String summary,
                          String outcome, Integer year) {
}
