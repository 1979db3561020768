package org.yiwang.kernel.identity.internal.shell;

import java.util.Set;
import java.util.stream.Collectors;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Caller;

/** The Karaf console acts as an administrator named {@code console} (audit actor). */
final class Console {

    static final Caller CALLER = new Caller(null, "console", AccountKind.ADMIN, null, null, Set.of());

    private Console() {
    }

    /** A refusal as one line per problem, in English. */
    static String describe(ProblemException e) {
        if (e.errors().isEmpty()) {
            return "Refused: " + (e.detail() == null ? e.type().title().en() : e.detail().en());
        }
        return e.errors().stream().map(f -> "Refused: " + f.field() + " [" + f.rule() + "] " + f.message().en())
                .collect(Collectors.joining("\n"));
    }
}
