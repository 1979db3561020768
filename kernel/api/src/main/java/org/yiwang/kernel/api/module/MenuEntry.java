package org.yiwang.kernel.api.module;

import org.yiwang.kernel.api.LocalizedText;

/**
 * A navigation entry: where it shows ({@link Area#PORTAL} for enterprises and the public,
 * {@link Area#CONSOLE} for staff), its label, the shell route it opens, the permission needed
 * to see it (null: everyone who can see the area) and its order among siblings.
 */
public record MenuEntry(String id, Area area, LocalizedText label, String route, String permission, int order) {

    public enum Area { PORTAL, CONSOLE }
}
