package org.yiwang.kernel.api.module;

/**
 * The module's web UI: the URL path of its ES module entry script (served from the module's
 * own bundle), loaded by the shell at runtime, and its message bundle path.
 */
public record UiEntry(String script, String messages) {
}
