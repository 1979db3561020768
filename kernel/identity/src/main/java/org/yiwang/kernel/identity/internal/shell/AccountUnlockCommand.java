package org.yiwang.kernel.identity.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.identity.internal.Account;
import org.yiwang.kernel.identity.internal.IdentityService;

/** {@code yiwang:account-unlock <username>}: lifts a lockout and clears the failed-login count. */
@Service
@Command(scope = "yiwang", name = "account-unlock", description = "Unlocks an account locked after failed logins")
public final class AccountUnlockCommand implements Action {

    @Reference
    IdentityService identity;

    @Argument(index = 0, name = "username", required = true, description = "the account's login name")
    String username;

    @Override
    public Object execute() {
        try {
            Account a = identity.accounts().byUsername(username);
            identity.accounts().unlock(Console.CALLER, a.id(), null);
            return "Unlocked " + a.username();
        } catch (ProblemException e) {
            return Console.describe(e);
        }
    }
}
