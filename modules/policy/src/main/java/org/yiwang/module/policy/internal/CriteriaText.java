package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.industry.IndustryResolution;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionRegistry;

/**
 * Criteria as readable sentences in zh and en, e.g. "成都市的制造业小型、微型企业，研发费用占营业收入比例 ≥ 3%"
 * / "small and micro enterprises in manufacturing in 成都市 (510100), with R&amp;D ≥ 3 % of revenue".
 * The console shows it live while staff build the criteria; the portal shows it on every policy.
 */
final class CriteriaText {

    private static final String[] SIZE_ZH = {"大型", "中型", "小型", "微型"};
    private static final String[] SIZE_EN = {"large", "medium", "small", "micro"};
    private static final String[] TIER_ZH = {"创新型", "专精特新", "专精特新“小巨人”"};
    private static final String[] TIER_EN = {"innovative", "specialised (专精特新)", "little giant (小巨人)"};

    private CriteriaText() {
    }

    /** The whole rule; {@code effectiveRegions} as {@link CompiledCriteria} checks them. */
    static LocalizedText render(Criteria c, List<String> effectiveRegions) {
        LocalizedText who = subject(c, effectiveRegions);
        List<LocalizedText> conds = new ArrayList<>();
        years(c).ifPresent(conds::add);
        range("从业人员", "employees", c.minEmployees() == null ? null : BigDecimal.valueOf(c.minEmployees()),
                c.maxEmployees() == null ? null : BigDecimal.valueOf(c.maxEmployees()), " 人", "").ifPresent(conds::add);
        range("营业收入", "operating revenue", c.minRevenue(), c.maxRevenue(), " 万元", " 万元 (CNY 10k)").ifPresent(conds::add);
        range("研发费用占营业收入比例", "R&D", c.minRdRatio(), c.maxRdRatio(), "%", " % of revenue").ifPresent(conds::add);
        range("研发费用", "R&D expense", c.minRdExpense(), c.maxRdExpense(), " 万元", " 万元 (CNY 10k)").ifPresent(conds::add);
        StringBuilder zh = new StringBuilder(who.zh());
        StringBuilder en = new StringBuilder(who.en());
        for (int i = 0; i < conds.size(); i++) {
            zh.append(i == 0 ? "，" : "，").append(conds.get(i).zh());
            en.append(i == 0 ? ", with " : " and ").append(conds.get(i).en());
        }
        return LocalizedText.of(zh.toString(), en.toString());
    }

    static LocalizedText subject(Criteria c, List<String> regions) {
        String where = regions.isEmpty() ? "全国" : String.join("、", regions.stream().map(CriteriaText::regionName).toList());
        String whereEn = regions.isEmpty() ? "anywhere in China" : "in " + String.join(", ",
                regions.stream().map(r -> regionName(r) + " (" + r + ")").toList());
        String industries = String.join("、", c.industries().stream().map(CriteriaText::industryZh).toList());
        String industriesEn = String.join(", ", c.industries().stream().map(CriteriaText::industryEn).toList());
        String tiers = String.join("或", c.tiers().stream().map(t -> TIER_ZH[Facts.indexOf(Facts.TIERS, t)]).toList());
        String tiersEn = String.join(" or ", c.tiers().stream().map(t -> TIER_EN[Facts.indexOf(Facts.TIERS, t)]).toList());
        String sizes = String.join("、", c.sizes().stream().map(s -> SIZE_ZH[Facts.indexOf(Facts.SIZES, s)]).toList());
        String sizesEn = String.join(" and ", c.sizes().stream().map(s -> SIZE_EN[Facts.indexOf(Facts.SIZES, s)]).toList());
        String zh = where + "的" + industries + (tiers.isEmpty() ? "" : tiers) + sizes + "企业";
        StringBuilder en = new StringBuilder();
        en.append(sizesEn.isEmpty() ? "" : sizesEn + " ").append(tiersEn.isEmpty() ? "" : tiersEn + " ").append("enterprises");
        if (!industriesEn.isEmpty()) {
            en.append(" in ").append(industriesEn);
        }
        en.append(' ').append(whereEn);
        String s = en.toString();
        return LocalizedText.of(zh, Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    static java.util.Optional<LocalizedText> years(Criteria c) {
        Integer min = c.minYears();
        Integer max = c.maxYears();
        if (min == null && max == null) {
            return java.util.Optional.empty();
        }
        if (max == null) {
            return java.util.Optional.of(LocalizedText.of("成立满 " + min + " 年", "established at least " + min + " years"));
        }
        if (min == null) {
            return java.util.Optional.of(LocalizedText.of("成立不超过 " + max + " 年", "established at most " + max + " years"));
        }
        return java.util.Optional.of(LocalizedText.of("成立 " + min + "–" + max + " 年",
                "established " + min + "–" + max + " years"));
    }

    static java.util.Optional<LocalizedText> range(String zh, String en, BigDecimal min, BigDecimal max, String unitZh,
                                                   String unitEn) {
        if (min == null && max == null) {
            return java.util.Optional.empty();
        }
        String lo = min == null ? null : min.stripTrailingZeros().toPlainString();
        String hi = max == null ? null : max.stripTrailingZeros().toPlainString();
        if (hi == null) {
            return java.util.Optional.of(LocalizedText.of(zh + " ≥ " + lo + unitZh, en + " ≥ " + lo + unitEn));
        }
        if (lo == null) {
            return java.util.Optional.of(LocalizedText.of(zh + " ≤ " + hi + unitZh, en + " ≤ " + hi + unitEn));
        }
        return java.util.Optional.of(LocalizedText.of(zh + " " + lo + "–" + hi + unitZh, en + " " + lo + "–" + hi + unitEn));
    }

    static String regionName(String code) {
        if (Level.NATIONWIDE.equals(code)) {
            return "全国";
        }
        return RegionRegistry.bundled().find(code).map(Region::name).orElse(code);
    }

    static String industryZh(String code) {
        IndustryResolution r = IndustryCatalog.bundled().resolve(code);
        String name = r.division() != null ? r.division().nameZh() : r.section().nameZh();
        return r.exact() ? name : name + "（" + r.qualifiedCode() + "）";
    }

    static String industryEn(String code) {
        IndustryResolution r = IndustryCatalog.bundled().resolve(code);
        String name = r.division() != null ? r.division().nameEn() : r.section().nameEn();
        return name.toLowerCase(java.util.Locale.ROOT) + (r.exact() ? "" : " (" + r.qualifiedCode() + ")");
    }

    static String sizeZh(String s) {
        return SIZE_ZH[Facts.indexOf(Facts.SIZES, s)];
    }

    static String tierZh(int t) {
        return TIER_ZH[t];
    }

    static String tierEn(int t) {
        return TIER_EN[t];
    }
}
