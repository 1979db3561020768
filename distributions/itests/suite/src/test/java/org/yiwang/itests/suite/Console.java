package org.yiwang.itests.suite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs Karaf console commands inside the container, as an operator types them. */
public final class Console {

    private Console() {
    }

    /** Executes one command line and returns what it printed (and its result), trimmed. */
    public static String execute(SessionFactory sessions, String command) throws Exception {
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
