package org.yiwang.kernel.standards.industry;

/**
 * A GB/T 4754 division (大类).
 *
 * @param code        two digits, 01-97
 * @param sectionCode the section letter it belongs to
 * @param nameZh      official Chinese name
 * @param nameEn      working English translation
 */
public record IndustryDivision(String code, String sectionCode, String nameZh, String nameEn) {
}
