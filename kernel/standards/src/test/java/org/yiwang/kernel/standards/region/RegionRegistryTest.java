package org.yiwang.kernel.standards.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionRegistryTest {

    private final RegionRegistry reg = RegionRegistry.bundled();

    private List<String> codes(List<Region> regions) {
        return regions.stream().map(Region::code).toList();
    }

    @Test
    void hasAllProvinceLevelUnits() {
        assertEquals(34, reg.current().stream().filter(r -> r.level() == RegionLevel.PROVINCE).count());
        assertEquals("湖北省", reg.find("420000").orElseThrow().name());
        assertNull(reg.find("420000").orElseThrow().parentCode());
    }

    @Test
    void countyLevelUnitsUnderXx90HangOffTheProvince() {
        Region xiantao = reg.find("429004").orElseThrow();
        assertEquals("仙桃市", xiantao.name());
        assertEquals(RegionLevel.COUNTY, xiantao.level());
        assertEquals("420000", xiantao.parentCode());
        assertEquals(List.of("420000"), codes(reg.ancestors("429004")));
        assertEquals("410000", reg.find("419001").orElseThrow().parentCode());
        assertEquals("650000", reg.find("659001").orElseThrow().parentCode());
        assertTrue(codes(reg.children("420000")).containsAll(List.of("420100", "429004", "429021")));
        assertTrue(reg.all().stream().noneMatch(r -> r.code().substring(2, 4).equals("90") && r.level() != RegionLevel.COUNTY),
                "an xx90 node is not a real city");
    }

    @Test
    void municipalitiesHaveAShixiaquLevel() {
        Region dongcheng = reg.find("110101").orElseThrow();
        assertEquals("东城区", dongcheng.name());
        assertEquals(List.of("110100", "110000"), codes(reg.ancestors("110101")));
        assertEquals("市辖区", reg.find("110100").orElseThrow().name());
        assertEquals("市辖区", reg.find("500100").orElseThrow().name());
        assertEquals("县", reg.find("500200").orElseThrow().name());
        assertFalse(reg.children("500200").isEmpty());
    }

    @Test
    void citiesWithoutCounties() {
        for (String code : List.of("441900", "442000", "460400", "620200")) {
            assertEquals(RegionLevel.PREFECTURE, reg.find(code).orElseThrow().level(), code);
            assertTrue(reg.children(code).isEmpty(), code + " has no county-level children");
        }
        assertEquals("东莞市", reg.find("441900").orElseThrow().name());
    }

    @Test
    void retiredCodesKeepTheirRows() {
        Region chongwen = reg.find("110103").orElseThrow();
        assertEquals("崇文区", chongwen.name());
        assertFalse(chongwen.isCurrent());
        assertEquals(LocalDate.of(2010, 7, 1), chongwen.validTo());
        assertFalse(reg.isCurrent("110103"));
        assertTrue(reg.isKnownInAnyVintage("110103"));
        assertTrue(reg.findAsOf("110104", LocalDate.of(2009, 1, 1)).isPresent());
        assertTrue(reg.findAsOf("110104", LocalDate.of(2010, 7, 1)).isEmpty());
        assertFalse(codes(reg.children("110100")).contains("110103"));
        assertTrue(reg.retired().size() >= 7);
        assertEquals(List.of("310200", "310000"), codes(reg.ancestors("310230")));
    }

    @Test
    void currentCodesAreCurrent() {
        assertTrue(reg.isCurrent("110101"));
        assertTrue(reg.findAsOf("110101", LocalDate.of(2000, 1, 1)).isPresent(), "no valid_from means since before the vintage");
        assertFalse(reg.isKnownInAnyVintage("990000"));
        assertFalse(reg.isKnownInAnyVintage(null));
        assertTrue(reg.find("990000").isEmpty());
        assertEquals(List.of(), reg.ancestors("990000"));
        assertEquals(1, reg.history("110101").size());
    }

    @Test
    void searchByName() {
        assertEquals(List.of("429004"), codes(reg.searchByName("仙桃", false)));
        assertTrue(reg.searchByName("崇文", false).isEmpty());
        assertEquals(List.of("110103"), codes(reg.searchByName("崇文", true)));
        assertTrue(codes(reg.searchByName("海淀", false)).contains("110108"));
        assertTrue(reg.searchByName(" ", false).isEmpty());
        assertTrue(reg.searchByName(null, false).isEmpty());
    }

    @Test
    void statisticalOnlyUnitsAreTagged() {
        Region zone = reg.find("130171").orElseThrow();
        assertEquals(RegionKind.STATISTICAL, zone.kind());
        assertEquals(RegionKind.ADMINISTRATIVE, reg.find("130102").orElseThrow().kind());
    }

    @Test
    void provinceOnlyUnitsHaveNoChildren() {
        for (String code : List.of("710000", "810000", "820000")) {
            assertTrue(reg.children(code).isEmpty(), code);
        }
    }

    @Test
    void aRenamedCodeKeepsItsOldRow() {
        LocalDate change = LocalDate.of(2030, 1, 1);
        Region p = new Region("110000", "北京市", RegionLevel.PROVINCE, null, null, null, RegionKind.ADMINISTRATIVE);
        Region old = new Region("110101", "东城区", RegionLevel.COUNTY, "110000", null, change, RegionKind.ADMINISTRATIVE);
        Region now = new Region("110101", "新东城区", RegionLevel.COUNTY, "110000", change, null, RegionKind.ADMINISTRATIVE);
        RegionRegistry r = RegionRegistry.of(List.of(p, now, old));
        assertEquals("新东城区", r.find("110101").orElseThrow().name());
        assertEquals(List.of(old, now), r.history("110101"));
        assertEquals("东城区", r.findAsOf("110101", change.minusDays(1)).orElseThrow().name());
        assertEquals("新东城区", r.findAsOf("110101", change).orElseThrow().name());
        assertEquals(List.of(now), r.children("110000"));
        assertEquals(List.of(old, now), r.searchByName("东城", true));
    }

    @Test
    void rejectsInconsistentTables() {
        Region a = new Region("110000", "北京市", RegionLevel.PROVINCE, null, null, null, RegionKind.ADMINISTRATIVE);
        Region orphan = new Region("110101", "东城区", RegionLevel.COUNTY, "110100", null, null, RegionKind.ADMINISTRATIVE);
        assertThrows(IllegalArgumentException.class, () -> RegionRegistry.of(List.of(a, orphan)));
        assertThrows(IllegalArgumentException.class, () -> RegionRegistry.of(List.of(a, a)));
        assertThrows(IllegalArgumentException.class,
                () -> new Region("11000", "x", RegionLevel.PROVINCE, null, null, null, RegionKind.ADMINISTRATIVE));
    }
}
