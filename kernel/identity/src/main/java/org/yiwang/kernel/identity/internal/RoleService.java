package org.yiwang.kernel.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;

/**
 * Roles: named sets of permission strings {@code <module>.<action>} (any module's, not only the
 * kernel's). Whoever edits a role may only add permissions it holds itself; a role still held by
 * an account cannot be deleted.
 */
public final class RoleService {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Pattern PERMISSION = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");

    private final Database db;
    private final RoleStore roles;
    private final Auditor audit;
    private final Clock clock;

    RoleService(Database db, RoleStore roles, Auditor audit, Clock clock) {
        this.db = db;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Role> list(Caller actor) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ROLES);
        return all();
    }

    /** Every role, without access check (console). */
    public List<Role> all() {
        return db.withConnection(roles::all);
    }

    public Role create(Caller actor, RoleBody body, String ip) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ROLES);
        Role role = validate(body, body == null ? null : body.name());
        AccessRules.mayGrant(actor, role.permissions());
        db.inTransaction(c -> {
            if (roles.find(c, role.name()).isPresent()) {
                throw ProblemException.conflict("角色已存在", "The role " + role.name() + " exists");
            }
            roles.insert(c, role, clock.instant());
            return null;
        });
        audit.record(actor.username(), "create", "role", role.name(), List.of("name", "description", "permissions"),
                ip, Auditor.SUCCESS);
        return role;
    }

    public Role update(Caller actor, String name, RoleBody body, String ip) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ROLES);
        Role next = validate(body, name);
        List<String> changed = new ArrayList<>();
        db.inTransaction(c -> {
            Role before = roles.find(c, name).orElseThrow(() -> notFound(name));
            Set<String> added = new TreeSet<>(next.permissions());
            added.removeAll(before.permissions());
            AccessRules.mayGrant(actor, added);
            if (!Objects.equals(before.description(), next.description())) {
                changed.add("description");
            }
            if (!before.permissions().equals(next.permissions())) {
                changed.add("permissions");
            }
            roles.update(c, next);
            return null;
        });
        if (!changed.isEmpty()) {
            audit.record(actor.username(), "update", "role", name, changed, ip, Auditor.SUCCESS);
        }
        return next;
    }

    public void delete(Caller actor, String name, String ip) {
        AccessRules.requirePermission(actor, AccessRules.MANAGE_ROLES);
        db.inTransaction(c -> {
            roles.find(c, name).orElseThrow(() -> notFound(name));
            long holders = roles.holders(c, name);
            if (holders > 0) {
                throw ProblemException.conflict("仍有 " + holders + " 个账号持有该角色",
                        holders + " accounts still hold the role " + name);
            }
            roles.delete(c, name);
            return null;
        });
        audit.record(actor.username(), "delete", "role", name, List.of(), ip, Auditor.SUCCESS);
    }

    private static Role validate(RoleBody body, String name) {
        if (body == null) {
            throw ProblemException.invalid(List.of(FieldError.of("body", "required", "缺少请求体", "a body is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(FieldError.of("name", "pattern", "角色名须为 2-64 个小写字母、数字或 -，以字母开头",
                    "name must be 2-64 lower-case letters, digits or -, starting with a letter"));
        } else if (body.name() != null && !body.name().equals(name)) {
            errors.add(FieldError.of("name", "immutable", "角色名不能修改", "a role cannot be renamed"));
        }
        Fields.maxLength(errors, "description", body.description(), 200);
        List<String> permissions = body.permissions() == null ? List.of() : body.permissions();
        for (int i = 0; i < permissions.size(); i++) {
            String p = permissions.get(i);
            if (p == null || p.length() > 100 || !PERMISSION.matcher(p).matches()) {
                errors.add(FieldError.of("permissions[" + i + "]", "pattern", "权限须形如 <模块>.<操作>",
                        "a permission must look like <module>.<action>"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Role(name, Fields.trimToNull(body.description()), permissions);
    }

    private static ProblemException notFound(String name) {
        return ProblemException.notFound("角色不存在", "No role " + name);
    }
}
