package org.yiwang.kernel.standards.internal;

import java.util.List;
import java.util.Map;

/** Shared helpers for the versioned rule-set folders ({@code size/}, {@code tier/}). */
public final class RuleSetFiles {

    private RuleSetFiles() {
    }

    /** The resource names listed in a folder's {@code index.txt}, in order. */
    public static List<String> index(String folder) {
        return Resources.lines(folder + "index.txt").stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** A required {@code @key=value} metadata entry. */
    public static String require(Map<String, String> meta, String key) {
        String v = meta.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException("rule set metadata @" + key + " missing");
        }
        return v;
    }
}
