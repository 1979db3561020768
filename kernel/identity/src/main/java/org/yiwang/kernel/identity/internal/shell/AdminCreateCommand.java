package org.yiwang.kernel.identity.internal.shell;

import java.io.IOException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.identity.internal.Account;
import org.yiwang.kernel.identity.internal.IdentityService;

/** {@code yiwang:admin-create <username>}: creates an administrator; the password is asked twice, masked. */
@Service
@Command(scope = "yiwang", name = "admin-create",
        description = "Creates an administrator account (the password is asked twice and never echoed)")
public final class AdminCreateCommand implements Action {

    @Reference
    IdentityService identity;

    @Reference
    Session session;

    @Argument(index = 0, name = "username", required = true, description = "login name of the new administrator")
    String username;

    @Override
    public Object execute() throws IOException {
        String password = session.readLine("Password: ", '*');
        String again = session.readLine("Repeat password: ", '*');
        return create(password, again);
    }

    String create(String password, String again) {
        if (password == null || !password.equals(again)) {
            return "The two passwords differ; nothing created";
        }
        try {
            Account a = identity.bootstrap().createAdmin(username, password, Console.CALLER.username(), null);
            return "Created administrator " + a.username() + " (" + a.id() + ")";
        } catch (ProblemException e) {
            return Console.describe(e);
        }
    }
}
