package org.yiwang.kernel.identity.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yiwang.kernel.identity.internal.IdentityService;
import org.yiwang.kernel.identity.internal.Role;

/** {@code yiwang:role-list}: roles and their permissions. */
@Service
@Command(scope = "yiwang", name = "role-list", description = "Lists roles and their permissions")
public final class RoleListCommand implements Action {

    @Reference
    IdentityService identity;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable().emptyTableText("no roles");
        table.column("Role");
        table.column("Permissions");
        table.column("Description");
        for (Role r : identity.roles().all()) {
            table.addRow().addContent(r.name(), String.join(", ", r.permissions()),
                    r.description() == null ? "" : r.description());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.print(new PrintStream(out, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
