package org.yiwang.itests.suite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs Karaf console commands inside the container, as an operator types them. */
public final class Console {

    private Console() {
    }

    /**
     * Executes one command line as a console administrator (Karaf's command ACLs want a subject with
     * the {@code admin} role) and returns what it printed (and its result), trimmed.
     */
    public static String execute(SessionFactory sessions, String command) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("itest"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        try {
            return Subject.doAs(subject, (PrivilegedExceptionAction<String>) () -> run(sessions, command));
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    private static String run(SessionFactory sessions, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Session session = sessions.create(System.in, out, out)) {
            Object result = session.execute(command);
            if (result != null) {
                out.println(result);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }
}
