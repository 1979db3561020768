package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;

/**
 * One enterprise against one policy, criterion by criterion, with what was required, what the
 * enterprise has and why: the "policies for me" explanation. Uses the rules of
 * {@link CompiledCriteria}, so it agrees with the bulk matcher.
 */
final class Eligibility {

    private static final LocalizedText UNKNOWN_VALUE = LocalizedText.of("未知", "unknown");

    private Eligibility() {
    }

    /** The verdict on every criterion the policy has (region always, the others when present). */
    static List<CriterionVerdict> explain(CompiledCriteria c, List<String> regions, Facts f, LocalDate day) {
        Criteria s = c.source;
        int d = (int) day.toEpochDay();
        List<CriterionVerdict> out = new ArrayList<>();
        String region = f.region() == Facts.MISSING ? null : String.valueOf(f.region());
        out.add(verdict("REGION", c.regionVerdict(f.region()),
                LocalizedText.of(regions.isEmpty() ? "全国" : String.join("、", regions.stream().map(CriteriaText::regionName).toList()),
                        regions.isEmpty() ? "anywhere" : String.join(", ", regions)),
                region == null ? null : LocalizedText.of(CriteriaText.regionName(region) + "（" + region + "）", region)));
        if (!s.industries().isEmpty()) {
            String code = Facts.industryCode(f.industry());
            out.add(verdict("INDUSTRY", c.industryVerdict(f.industry()),
                    LocalizedText.of(String.join("、", s.industries().stream().map(CriteriaText::industryZh).toList()),
                            String.join(", ", s.industries().stream().map(CriteriaText::industryEn).toList())),
                    code == null ? null : LocalizedText.of(code, code)));
        }
        if (!s.sizes().isEmpty()) {
            String size = f.size() < 0 ? null : Facts.SIZES[f.size()];
            out.add(verdict("SIZE", c.sizeVerdict(f.size()),
                    LocalizedText.of(String.join("、", s.sizes().stream().map(CriteriaText::sizeZh).toList()),
                            String.join(", ", s.sizes())),
                    size == null ? null : LocalizedText.of(CriteriaText.sizeZh(size), size)));
        }
        if (c.minTier >= 0) {
            int held = f.tierOn(d);
            out.add(verdict("TIER", c.tierVerdict(f, d),
                    LocalizedText.of(CriteriaText.tierZh(c.minTier) + "及以上，在有效期内",
                            CriteriaText.tierEn(c.minTier) + " or higher, valid on " + day),
                    held < 0 ? LocalizedText.of("无有效称号", "no valid title")
                            : LocalizedText.of(CriteriaText.tierZh(held), CriteriaText.tierEn(held))));
        }
        if (c.hasYears()) {
            String est = f.established() == Facts.MISSING ? null : LocalDate.ofEpochDay(f.established()).toString();
            LocalizedText req = CriteriaText.years(s).orElseThrow();
            out.add(verdict("YEARS", CompiledCriteria.range(c.establishedBounds(day), f.established(), Facts.MISSING), req,
                    est == null ? null : LocalizedText.of("成立于 " + est, "established on " + est)));
        }
        numeric(out, "EMPLOYEES", c.employees, f.employees(), Facts.MISSING, 0, "从业人员", "employees", " 人", "",
                s.minEmployees() == null ? null : BigDecimal.valueOf(s.minEmployees()),
                s.maxEmployees() == null ? null : BigDecimal.valueOf(s.maxEmployees()));
        numeric(out, "REVENUE", c.revenue, f.revenue(), Facts.MISSING_LONG, 4, "营业收入", "operating revenue", " 万元",
                " 万元", s.minRevenue(), s.maxRevenue());
        numeric(out, "RD_RATIO", c.rdRatio, f.rdRatio(), Facts.MISSING, 2, "研发费用占营业收入比例", "R&D", "%",
                " % of revenue", s.minRdRatio(), s.maxRdRatio());
        numeric(out, "RD_EXPENSE", c.rdExpense, f.rdExpense(), Facts.MISSING_LONG, 4, "研发费用", "R&D expense", " 万元",
                " 万元", s.minRdExpense(), s.maxRdExpense());
        return out;
    }

    private static void numeric(List<CriterionVerdict> out, String name, long[] bounds, long value, long missing, int scale,
                                String zh, String en, String unitZh, String unitEn, BigDecimal min, BigDecimal max) {
        if (bounds == null) {
            return;
        }
        LocalizedText req = CriteriaText.range(zh, en, min, max, unitZh, unitEn).orElseThrow();
        String v = value == missing ? null : BigDecimal.valueOf(value).movePointLeft(scale).stripTrailingZeros().toPlainString();
        out.add(verdict(name, CompiledCriteria.range(bounds, value, missing), req,
                v == null ? null : LocalizedText.of(zh + " " + v + unitZh, en + " " + v + unitEn)));
    }

    private static CriterionVerdict verdict(String name, Verdict v, LocalizedText required, LocalizedText actual) {
        LocalizedText why = switch (v) {
            case MET -> LocalizedText.of("符合", "met");
            case NOT_MET -> LocalizedText.of("不符合：要求 " + required.zh(), "not met: requires " + required.en());
            case UNKNOWN -> LocalizedText.of("企业库中缺少该项数据，无法判断（视为不符合），请补充企业信息",
                    "the SME database lacks this fact, so it cannot be decided (counts as not met); complete the profile");
        };
        return new CriterionVerdict(name, v, required, actual == null ? UNKNOWN_VALUE : actual, why);
    }
}
