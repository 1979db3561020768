package org.yiwang.kernel.api.module;

import org.yiwang.kernel.api.LocalizedText;

/** A permission a module defines: id {@code <module>.<action>} and a label for role editors. */
public record Permission(String id, LocalizedText label) {

    public static Permission of(String id, String zh, String en) {
        return new Permission(id, LocalizedText.of(zh, en));
    }
}
