package org.yiwang.kernel.standards.tier;

/**
 * The three rungs of the quality gradient (梯度培育). Names differ by rule set (the base tier is
 * 创新型 in 2022 and 科技和创新型 from 2026): see {@link TierRuleSet#nameZh(Tier)}.
 */
public enum Tier {
    /** 创新型中小企业 (2022) / 科技和创新型中小企业 (2026). */
    BASE,
    /** 专精特新中小企业. */
    SPECIALISED,
    /** 专精特新“小巨人”企业. */
    LITTLE_GIANT
}
