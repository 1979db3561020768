package org.yiwang.kernel.standards.internal;

import java.time.LocalDate;
import java.util.List;
import org.yiwang.kernel.standards.region.Region;
import org.yiwang.kernel.standards.region.RegionKind;
import org.yiwang.kernel.standards.region.RegionLevel;

/** Reads {@code code,name,level,parent,valid_from,valid_to[,kind]} tables. */
public final class RegionTableReader {

    private RegionTableReader() {
    }

    /** Reads a bundled resource. */
    public static List<Region> read(String resource) {
        return parse(Resources.lines(resource));
    }

    /** Parses table lines (header first). */
    public static List<Region> parse(List<String> lines) {
        return Csv.records(lines, "code,name,level,parent,valid_from,valid_to").stream().map(RegionTableReader::row).toList();
    }

    private static Region row(List<String> f) {
        if (f.size() < 6 || f.size() > 7) {
            throw new IllegalStateException("region row needs 6 or 7 fields: " + f);
        }
        RegionKind kind = f.size() == 7 && !f.get(6).isEmpty() ? RegionKind.valueOf(f.get(6)) : RegionKind.ADMINISTRATIVE;
        return new Region(f.get(0), f.get(1), RegionLevel.valueOf(f.get(2)), blankToNull(f.get(3)),
                date(f.get(4)), date(f.get(5)), kind);
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
