package org.yiwang.kernel.identity.internal;

import java.util.List;

/** A named set of permission strings ({@code <module>.<action>}). */
public record Role(String name, String description, List<String> permissions) {

    public Role {
        permissions = permissions == null ? List.of() : permissions.stream().distinct().sorted().toList();
    }
}
