package org.yiwang.kernel.standards.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.standards.internal.TierRuleSetReader;

/** A province can adjust a copy of the file; malformed files are refused, not half-read. */
class TierRuleSetFormatTest {

    private static final List<String> HEAD = List.of("@id=X-1", "@title=t", "@effective_from=2030-01-01",
            "@tier.BASE=甲|A", "@tier.SPECIALISED=乙|B", "@tier.LITTLE_GIANT=丙|C",
            "tier,id,group,alt,kind,indicator,threshold,label_zh,label_en",
            "BASE,b,,,GE,x,1,x,x", "SPECIALISED,s,,,FLAG,f,,f,f");

    private static List<String> with(String... rows) {
        return Stream.concat(HEAD.stream(), Arrays.stream(rows)).toList();
    }

    @Test
    void aProvinceVariantIsJustAnotherFile() {
        TierRuleSet rs = TierRuleSetReader.parse(with("LITTLE_GIANT,l,,,LE,debtRatio,65,负债,Debt"));
        assertEquals(LocalDate.of(2030, 1, 1), rs.effectiveFrom());
        assertEquals(new BigDecimal("65"), rs.criteriaFor(Tier.LITTLE_GIANT).get(0).threshold());
        TierEvaluator ev = new TierEvaluator(List.of(rs));
        TierFacts f = new TierFacts(Map.of("debtRatio", new BigDecimal("66")), Map.of(), Map.of());
        assertEquals(TierVerdict.DOES_NOT_QUALIFY, ev.evaluate(Tier.LITTLE_GIANT, f, LocalDate.of(2030, 2, 1)).verdict());
    }

    @Test
    void malformedFilesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TierRuleSetReader.parse(HEAD), "a tier without criteria");
        assertThrows(IllegalArgumentException.class, () -> TierRuleSetReader.parse(with("LITTLE_GIANT,l,,,GE,x,,a,b")));
        assertThrows(IllegalArgumentException.class, () -> TierRuleSetReader.parse(with("LITTLE_GIANT,l,,,FLAG,x,3,a,b")));
        assertThrows(IllegalArgumentException.class, () -> TierRuleSetReader.parse(with("LITTLE_GIANT,l,g,,GE,x,3,a,b")));
        assertThrows(IllegalArgumentException.class, () -> TierRuleSetReader.parse(with("LITTLE_GIANT,b,,,GE,x,3,a,b")));
        assertThrows(IllegalArgumentException.class, () -> TierRuleSetReader.parse(with("GIANT,l,,,GE,x,3,a,b")));
        assertThrows(IllegalStateException.class, () -> TierRuleSetReader.parse(with("LITTLE_GIANT,l,,,GE,x,3,a")));
        assertThrows(IllegalStateException.class, () -> TierRuleSetReader.parse(HEAD.subList(1, HEAD.size())));
    }
}
