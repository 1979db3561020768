package org.yiwang.kernel.standards.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yiwang.kernel.standards.internal.RegionTableReader;

/**
 * GB/T 2260 divisions (province, prefecture, county) with their history. Immutable and
 * thread-safe. {@link #bundled()} is the table shipped in this bundle (see PROVENANCE.md next to
 * {@code regions.csv}); {@link #of(List)} builds one from any rows.
 */
public final class RegionRegistry {

    /** Resource path of the bundled table. */
    public static final String RESOURCE = "org/yiwang/kernel/standards/region/regions.csv";

    private static final class Holder {
        static final RegionRegistry BUNDLED = of(RegionTableReader.read(RESOURCE));
    }

    private static final Comparator<Region> BY_CODE_THEN_AGE = Comparator.comparing(Region::code)
            .thenComparing(Region::validTo, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, List<Region>> byCode;
    private final List<Region> rows;

    private RegionRegistry(List<Region> rows) {
        Map<String, List<Region>> map = new LinkedHashMap<>();
        for (Region r : rows) {
            map.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Region>> e : map.entrySet()) {
            e.getValue().sort(BY_CODE_THEN_AGE);
            if (e.getValue().stream().filter(Region::isCurrent).count() > 1) {
                throw new IllegalArgumentException("more than one current row for " + e.getKey());
            }
            e.setValue(List.copyOf(e.getValue()));
        }
        for (Region r : rows) {
            if (r.parentCode() != null && !map.containsKey(r.parentCode())) {
                throw new IllegalArgumentException("parent " + r.parentCode() + " of " + r.code() + " is unknown");
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.rows = List.copyOf(rows);
    }

    /** The table shipped in this bundle (loaded once). */
    public static RegionRegistry bundled() {
        return Holder.BUNDLED;
    }

    /** A registry over the given rows; checks that every parent exists and each code has at most one current row. */
    public static RegionRegistry of(List<Region> rows) {
        return new RegionRegistry(rows);
    }

    /** The current row for a code, or else its most recently retired row. */
    public Optional<Region> find(String code) {
        List<Region> h = byCode.get(code);
        return h == null ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    /** The row in force on {@code date}, if any. Rows without {@code validFrom} count as valid since ever. */
    public Optional<Region> findAsOf(String code, LocalDate date) {
        return byCode.getOrDefault(code, List.of()).stream().filter(r -> r.isValidOn(date)).findFirst();
    }

    /** Every row of a code, oldest first (current last). */
    public List<Region> history(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    /** Whether the code is in force now. */
    public boolean isCurrent(String code) {
        return find(code).map(Region::isCurrent).orElse(false);
    }

    /** Whether the code exists in any vintage of the table (current or retired). */
    public boolean isKnownInAnyVintage(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The parent of a code's latest row. */
    public Optional<Region> parent(String code) {
        return find(code).map(Region::parentCode).flatMap(this::find);
    }

    /** Ancestors from the nearest parent up to the province; empty for a province or unknown code. */
    public List<Region> ancestors(String code) {
        List<Region> out = new ArrayList<>();
        Optional<Region> p = parent(code);
        while (p.isPresent()) {
            out.add(p.get());
            p = parent(p.get().code());
        }
        return out;
    }

    /** Current children of a code, ordered by code. */
    public List<Region> children(String code) {
        return rows.stream().filter(r -> code.equals(r.parentCode()) && r.isCurrent())
                .sorted(Comparator.comparing(Region::code)).toList();
    }

    /** Rows whose name contains {@code fragment}; current only unless {@code includeRetired}. */
    public List<Region> searchByName(String fragment, boolean includeRetired) {
        if (fragment == null || fragment.isBlank()) {
            return List.of();
        }
        String f = fragment.strip();
        return rows.stream().filter(r -> r.name().contains(f) && (includeRetired || r.isCurrent()))
                .sorted(BY_CODE_THEN_AGE).toList();
    }

    /** Current rows only. */
    public List<Region> current() {
        return rows.stream().filter(Region::isCurrent).toList();
    }

    /** Retired rows only. */
    public List<Region> retired() {
        return rows.stream().filter(r -> !r.isCurrent()).toList();
    }

    /** All rows, in table order. */
    public List<Region> all() {
        return rows;
    }
}
