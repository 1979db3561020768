package org.yiwang.kernel.standards.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryCatalogTest {

    private final IndustryCatalog cat = IndustryCatalog.bundled();

    @Test
    void twentySectionsAndNinetySevenDivisions() {
        assertEquals(20, cat.sections().size());
        assertEquals(97, cat.divisions().size());
        List<String> expected = IntStream.rangeClosed(1, 97).mapToObj(i -> String.format("%02d", i)).toList();
        assertEquals(expected, cat.divisions().stream().map(IndustryDivision::code).toList());
        assertEquals("ABCDEFGHIJKLMNOPQRST", String.join("", cat.sections().stream().map(IndustrySection::code).toList()));
    }

    @Test
    void sectionRangesMatchTheStandard() {
        Map<String, String> ranges = Map.ofEntries(Map.entry("A", "01-05"), Map.entry("B", "06-12"), Map.entry("C", "13-43"),
                Map.entry("D", "44-46"), Map.entry("E", "47-50"), Map.entry("F", "51-52"), Map.entry("G", "53-60"),
                Map.entry("H", "61-62"), Map.entry("I", "63-65"), Map.entry("J", "66-69"), Map.entry("K", "70-70"),
                Map.entry("L", "71-72"), Map.entry("M", "73-75"), Map.entry("N", "76-79"), Map.entry("O", "80-82"),
                Map.entry("P", "83-83"), Map.entry("Q", "84-85"), Map.entry("R", "86-90"), Map.entry("S", "91-96"),
                Map.entry("T", "97-97"));
        ranges.forEach((section, range) -> {
            List<IndustryDivision> ds = cat.divisionsOf(section);
            assertEquals(range, ds.get(0).code() + "-" + ds.get(ds.size() - 1).code(), section);
        });
        assertTrue(cat.divisions().stream().allMatch(d -> !d.nameZh().isBlank() && !d.nameEn().isBlank()));
    }

    @Test
    void resolvesDivisionWithOrWithoutSection() {
        for (String code : List.of("C33", "33", " c33 ")) {
            IndustryResolution r = cat.resolve(code);
            assertEquals("C", r.section().code());
            assertEquals("33", r.division().code());
            assertEquals("金属制品业", r.division().nameZh());
            assertEquals(IndustryLevel.DIVISION, r.requestedLevel());
            assertTrue(r.exact());
            assertNull(r.note());
            assertEquals("C33", r.qualifiedCode());
        }
    }

    @Test
    void classCodesResolveToTheirDivisionAndSaySo() {
        IndustryResolution r = cat.resolve("C3311");
        assertEquals(IndustryLevel.CLASS, r.requestedLevel());
        assertEquals(IndustryLevel.DIVISION, r.resolvedLevel());
        assertFalse(r.exact());
        assertEquals("33", r.division().code());
        assertEquals("3311", r.code());
        assertTrue(r.note().contains("3311") && r.note().contains("division 33"), r.note());
        assertEquals(IndustryLevel.GROUP, cat.resolve("331").requestedLevel());
        assertEquals("K", cat.resolve("7010").section().code());
    }

    @Test
    void sectionOnly() {
        IndustryResolution r = cat.resolve("J");
        assertEquals(IndustryLevel.SECTION, r.requestedLevel());
        assertEquals("金融业", r.section().nameZh());
        assertNull(r.division());
        assertTrue(r.exact());
    }

    @Test
    void rejectsInconsistentSectionLetter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cat.resolve("A33"));
        assertTrue(e.getMessage().contains("belongs to section C"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "98", "99", "U", "C3", "C33111", "3-3", "CC33"})
    void rejectsUnknownOrMalformed(String code) {
        assertThrows(IllegalArgumentException.class, () -> cat.resolve(code));
        assertTrue(cat.find(code).isEmpty());
    }

    @Test
    void nullIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> cat.resolve(null));
    }
}
