package org.yiwang.kernel.standards.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yiwang.kernel.standards.size.SizeIndicator;
import org.yiwang.kernel.standards.size.SmeCategory;
import org.yiwang.kernel.standards.size.SmeRuleSet;

/** Reads the {@code size/*.csv} rule-set files (format described in their header comments). */
public final class SmeRuleSetReader {

    /** Folder of the size rule sets. */
    public static final String FOLDER = "org/yiwang/kernel/standards/size/";

    private SmeRuleSetReader() {
    }

    /** Every rule set listed in {@code index.txt}. */
    public static List<SmeRuleSet> bundled() {
        List<SmeRuleSet> out = new ArrayList<>();
        for (String name : RuleSetFiles.index(FOLDER)) {
            out.add(parse(Resources.lines(FOLDER + name)));
        }
        return out;
    }

    /** Parses one rule-set file. */
    public static SmeRuleSet parse(List<String> lines) {
        Map<String, String> meta = Csv.metadata(lines);
        Map<String, SmeCategory> categories = new HashMap<>();
        Map<String, String> mapping = new HashMap<>();
        Map<String, String> notCovered = new HashMap<>();
        for (List<String> f : Csv.records(lines, "type,key")) {
            switch (f.get(0)) {
                case "CATEGORY" -> categories.put(f.get(1), new SmeCategory(f.get(1), f.get(2), f.get(3),
                        Arrays.stream(f.get(4).split(";")).map(SizeIndicator::valueOf).toList(),
                        numbers(f.get(5)), numbers(f.get(6)), numbers(f.get(7))));
                case "MAP" -> mapping.put(f.get(1), f.get(2));
                case "NOT_COVERED" -> notCovered.put(f.get(1), f.get(2));
                default -> throw new IllegalStateException("unknown row type " + f.get(0));
            }
        }
        return new SmeRuleSet(RuleSetFiles.require(meta, "id"), RuleSetFiles.require(meta, "title"),
                LocalDate.parse(RuleSetFiles.require(meta, "effective_from")), categories, mapping,
                RuleSetFiles.require(meta, "default_category"), notCovered);
    }

    private static List<BigDecimal> numbers(String s) {
        return Arrays.stream(s.split(";")).map(String::strip).map(BigDecimal::new).toList();
    }
}
