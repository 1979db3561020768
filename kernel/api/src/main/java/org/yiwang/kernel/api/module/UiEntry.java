package org.yiwang.kernel.api.module;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The module's web pages: an ES module script inside the module's own bundle, under its {@code ui/}
 * folder. The kernel serves that folder at {@code /ui/modules/<module id>/} and the web shell imports
 * the script at runtime, so a module's pages come and go with its feature. See the integrator guide
 * for what the script exports (routes, messages, portal contributions).
 *
 * @param script path of the entry script below the bundle's {@code ui/} folder, e.g. {@code index.js}
 */
public record UiEntry(String script) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*\\.m?js");

    /** The usual entry: {@code ui/index.js}. */
    public static final UiEntry INDEX = new UiEntry("index.js");

    public UiEntry {
        Objects.requireNonNull(script, "script");
        if (!SAFE.matcher(script).matches() || script.contains("..")) {
            throw new IllegalArgumentException("UI script must be a relative .js path below ui/: " + script);
        }
    }
}
