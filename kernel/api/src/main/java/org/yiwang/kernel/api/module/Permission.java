package org.yiwang.kernel.api.module;

import java.util.Set;
import org.yiwang.kernel.api.LocalizedText;

/**
 * A permission a module defines: id {@code <module>.<action>}, a label for role editors, and the
 * default roles ({@code platform-admin}, {@code region-operator}, {@code window-staff},
 * {@code auditor}, {@code enterprise-user}, {@code institution-user}) that receive it the first
 * time the platform sees the module. That grant happens once: an operator who later takes the
 * permission away from a role keeps it taken away, across restarts and reinstalls.
 */
public record Permission(String id, LocalizedText label, Set<String> defaultRoles) {

    public Permission {
        defaultRoles = defaultRoles == null ? Set.of() : Set.copyOf(defaultRoles);
    }

    public Permission(String id, LocalizedText label) {
        this(id, label, Set.of());
    }

    public static Permission of(String id, String zh, String en) {
        return new Permission(id, LocalizedText.of(zh, en));
    }

    /** A permission the named default roles receive when the module is first installed. */
    public static Permission of(String id, String zh, String en, String... defaultRoles) {
        return new Permission(id, LocalizedText.of(zh, en), Set.of(defaultRoles));
    }
}
