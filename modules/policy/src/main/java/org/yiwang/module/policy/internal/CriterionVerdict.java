package org.yiwang.module.policy.internal;

import org.yiwang.kernel.api.LocalizedText;

/**
 * One criterion of a policy checked against one enterprise.
 *
 * @param criterion   {@code REGION}, {@code INDUSTRY}, {@code SIZE}, {@code TIER}, {@code YEARS},
 *                    {@code EMPLOYEES}, {@code REVENUE}, {@code RD_RATIO}, {@code RD_EXPENSE}
 * @param required    what the policy asks, readable
 * @param actual      the enterprise's value, readable ("unknown" when missing)
 * @param explanation why the verdict, readable
 */
public record CriterionVerdict(String criterion, Verdict verdict, LocalizedText required, LocalizedText actual,
                               LocalizedText explanation) {
}
