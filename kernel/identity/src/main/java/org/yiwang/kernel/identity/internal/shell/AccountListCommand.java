package org.yiwang.kernel.identity.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.identity.internal.Account;
import org.yiwang.kernel.identity.internal.AccountStatus;
import org.yiwang.kernel.identity.internal.IdentityService;

/** {@code yiwang:account-list}: lists accounts (first 200 by username). */
@Service
@Command(scope = "yiwang", name = "account-list", description = "Lists accounts")
public final class AccountListCommand implements Action {

    @Reference
    IdentityService identity;

    @Option(name = "--kind", description = "STAFF, ENTERPRISE, INSTITUTION or ADMIN")
    String kind;

    @Option(name = "--status", description = "PENDING, ACTIVE, DISABLED or REJECTED")
    String status;

    @Option(name = "--q", description = "part of the username")
    String q;

    @Override
    public Object execute() {
        Page<Account> page;
        try {
            page = identity.accounts().list(Console.CALLER, kind == null ? null : AccountKind.valueOf(kind.toUpperCase()),
                    status == null ? null : AccountStatus.valueOf(status.toUpperCase()), q,
                    PageRequest.of(1, PageRequest.MAX_SIZE));
        } catch (IllegalArgumentException e) {
            return "Unknown kind or status: " + e.getMessage();
        } catch (ProblemException e) {
            return Console.describe(e);
        }
        ShellTable table = new ShellTable().emptyTableText("no accounts");
        table.column("Username");
        table.column("Kind");
        table.column("Status");
        table.column("Region");
        table.column("USCC");
        table.column("Roles");
        table.column("Locked until");
        for (Account a : page.items()) {
            table.addRow().addContent(a.username(), a.kind(), a.status(), nz(a.regionCode()), nz(a.uscc()),
                    String.join(",", a.roles()), a.lockedUntil() == null ? "" : a.lockedUntil().toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.print(new PrintStream(out, true, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        return out.toString(StandardCharsets.UTF_8).stripTrailing() + "\n" + page.items().size() + " of "
                + page.total() + " accounts";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
