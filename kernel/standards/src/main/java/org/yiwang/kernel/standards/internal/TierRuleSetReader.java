package org.yiwang.kernel.standards.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yiwang.kernel.standards.tier.Criterion;
import org.yiwang.kernel.standards.tier.CriterionKind;
import org.yiwang.kernel.standards.tier.Tier;
import org.yiwang.kernel.standards.tier.TierRuleSet;

/** Reads the {@code tier/tiers-*.csv} rule-set files (format described in their header comments). */
public final class TierRuleSetReader {

    /** Folder of the tier rule sets. */
    public static final String FOLDER = "org/yiwang/kernel/standards/tier/";

    private TierRuleSetReader() {
    }

    /** Every rule set listed in {@code index.txt}. */
    public static List<TierRuleSet> bundled() {
        List<TierRuleSet> out = new ArrayList<>();
        for (String name : RuleSetFiles.index(FOLDER)) {
            out.add(parse(Resources.lines(FOLDER + name)));
        }
        return out;
    }

    /** Parses one rule-set file. */
    public static TierRuleSet parse(List<String> lines) {
        Map<String, String> meta = Csv.metadata(lines);
        Map<Tier, String> zh = new EnumMap<>(Tier.class);
        Map<Tier, String> en = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            String names = meta.get("tier." + t.name());
            if (names != null) {
                String[] parts = names.split("\\|", 2);
                zh.put(t, parts[0].strip());
                en.put(t, parts.length > 1 ? parts[1].strip() : parts[0].strip());
            }
        }
        List<Criterion> criteria = new ArrayList<>();
        for (List<String> f : Csv.records(lines, "tier,id,group,alt,kind")) {
            if (f.size() != 9) {
                throw new IllegalStateException("criterion row needs 9 fields: " + f);
            }
            criteria.add(new Criterion(Tier.valueOf(f.get(0)), f.get(1), f.get(2).isEmpty() ? null : f.get(2),
                    f.get(3).isEmpty() ? 0 : Integer.parseInt(f.get(3)), CriterionKind.valueOf(f.get(4)), f.get(5),
                    f.get(6).isEmpty() ? null : new BigDecimal(f.get(6)), f.get(7), f.get(8)));
        }
        return new TierRuleSet(RuleSetFiles.require(meta, "id"), RuleSetFiles.require(meta, "title"),
                LocalDate.parse(RuleSetFiles.require(meta, "effective_from")), meta.getOrDefault("confidence", ""),
                zh, en, criteria);
    }
}
