package org.yiwang.kernel.identity.internal;

import java.util.List;

/** The body of {@code POST /api/identity/roles} and {@code PUT /api/identity/roles/{name}}. */
public record RoleBody(String name, String description, List<String> permissions) {
}
