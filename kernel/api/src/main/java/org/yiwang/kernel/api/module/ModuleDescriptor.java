package org.yiwang.kernel.api.module;

import java.util.List;
import org.yiwang.kernel.api.LocalizedText;

/**
 * What a module registers as an OSGi service to announce itself: the kernel lists every
 * registered descriptor at {@code GET /api/modules}, builds menus from it and adds its
 * permissions to the permission catalogue. Unregistering it (uninstalling the module's
 * feature) removes all of that again. The module's version is its bundle's version.
 *
 * <p>Register it as a DS component: {@code @Component(service = ModuleDescriptor.class)}.
 */
public interface ModuleDescriptor {

    /** The module id, the same as its folder, feature suffix and REST prefix: {@code policy}. */
    String id();

    /** Display name in zh-CN and en. */
    LocalizedText name();

    /** One-sentence description in zh-CN and en. */
    default LocalizedText description() {
        return LocalizedText.of("", "");
    }

    /** Permissions this module defines, e.g. {@code policy.publish}. */
    default List<Permission> permissions() {
        return List.of();
    }

    /** Entries the console and portal show for this module. */
    default List<MenuEntry> menu() {
        return List.of();
    }

    /** Where the web shell loads this module's pages from; null if it has none. */
    default UiEntry ui() {
        return null;
    }
}
