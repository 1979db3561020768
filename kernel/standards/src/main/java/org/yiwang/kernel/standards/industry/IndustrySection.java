package org.yiwang.kernel.standards.industry;

/**
 * A GB/T 4754 section (门类).
 *
 * @param code   letter A-T
 * @param nameZh official Chinese name
 * @param nameEn working English translation
 */
public record IndustrySection(String code, String nameZh, String nameEn) {
}
