package org.yiwang.kernel.api.security;

/**
 * Region subtrees by GB/T 2260 code: a province {@code xx0000} covers every code starting {@code xx}
 * (including the province-administered {@code xx90yy} units), a prefecture {@code xxyy00} every code
 * starting {@code xxyy}, a county only itself.
 */
public final class RegionScope {

    private RegionScope() {
    }

    /** The code prefix that selects the subtree of {@code scope}, for SQL {@code LIKE 'prefix%'}. */
    public static String prefix(String scope) {
        if (scope == null || !scope.matches("\\d{6}")) {
            throw new IllegalArgumentException("region scope must be a 6-digit GB/T 2260 code: " + scope);
        }
        if (scope.endsWith("0000")) {
            return scope.substring(0, 2);
        }
        if (scope.endsWith("00")) {
            return scope.substring(0, 4);
        }
        return scope;
    }

    /** Whether {@code code} lies in the subtree of {@code scope}. */
    public static boolean covers(String scope, String code) {
        return code != null && code.startsWith(prefix(scope));
    }
}
