package org.yiwang.kernel.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.security.RegionScope;

/**
 * Region scopes of the KPI aggregate rows: {@code *} (everything), a province prefix (2 digits)
 * and a prefecture prefix (4 digits). County subtrees are small and counted from the records.
 */
final class Scopes {

    static final String ALL = "*";

    private Scopes() {
    }

    /** The aggregate scopes a record of {@code regionCode} counts in. */
    static List<String> of(String regionCode) {
        List<String> scopes = new ArrayList<>(3);
        scopes.add(ALL);
        scopes.add(regionCode.substring(0, 2));
        if (!regionCode.endsWith("0000")) {
            scopes.add(regionCode.substring(0, 4));
        }
        return scopes;
    }

    /** The subtree prefix of a region code ({@code *} for null: everything). */
    static String prefix(String region) {
        return region == null ? ALL : RegionScope.prefix(region);
    }

    /** Whether a record of {@code regionCode} lies in the subtree of {@code prefix}. */
    static boolean covers(String prefix, String regionCode) {
        return ALL.equals(prefix) || regionCode.startsWith(prefix);
    }

    /** The SQL condition selecting a prefix's records by equality on its column; null for everything. */
    static String column(String prefix) {
        return switch (prefix.length()) {
            case 1 -> null;
            case 2 -> "PROVINCE";
            case 4 -> "PREFECTURE";
            default -> "REGION_CODE";
        };
    }
}
