/**
 * Quality tiers (梯度培育: 创新型 → 专精特新 → 小巨人): criteria as versioned data chosen by
 * application date, evaluation with a per-criterion explanation, and the 3-year validity.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.standards.tier;
