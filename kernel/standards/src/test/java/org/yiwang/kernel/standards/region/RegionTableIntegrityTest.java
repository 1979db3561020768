package org.yiwang.kernel.standards.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Structural rules the bundled table must keep after every regeneration. */
class RegionTableIntegrityTest {

    private final RegionRegistry reg = RegionRegistry.bundled();

    @Test
    void levelsMatchTheCodeShape() {
        for (Region r : reg.all()) {
            String c = r.code();
            switch (r.level()) {
                case PROVINCE -> assertTrue(c.endsWith("0000"), c);
                case PREFECTURE -> assertTrue(c.endsWith("00") && !c.endsWith("0000"), c);
                case COUNTY -> assertTrue(!c.endsWith("00"), c);
                default -> throw new AssertionError(r);
            }
        }
    }

    @Test
    void parentsFollowTheCodeExceptUnderXx90() {
        for (Region r : reg.all()) {
            String c = r.code();
            String expected = switch (r.level()) {
                case PROVINCE -> null;
                case PREFECTURE -> c.substring(0, 2) + "0000";
                case COUNTY -> c.substring(2, 4).equals("90") ? c.substring(0, 2) + "0000" : c.substring(0, 4) + "00";
            };
            assertEquals(expected, r.parentCode(), c);
        }
    }

    @Test
    void atMostOneCurrentRowPerCodeAndPlausibleSize() {
        Set<String> seen = new HashSet<>();
        for (Region r : reg.current()) {
            assertTrue(seen.add(r.code()), "duplicate current " + r.code());
        }
        assertTrue(reg.current().size() > 3000, "current rows: " + reg.current().size());
        assertTrue(reg.retired().stream().allMatch(r -> r.validTo() != null));
    }

    @Test
    void countySuffix7xIsStatisticalOnly() {
        for (Region r : reg.all()) {
            if (r.level() == RegionLevel.COUNTY && r.code().charAt(4) == '7') {
                assertEquals(RegionKind.STATISTICAL, r.kind(), r.code());
            }
            if (r.kind() == RegionKind.STATISTICAL) {
                assertEquals(RegionLevel.COUNTY, r.level(), r.code());
            }
        }
        assertEquals(RegionKind.STATISTICAL, reg.find("632857").orElseThrow().kind(), "大柴旦行委 is NBS-only");
    }
}
