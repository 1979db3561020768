package org.yiwang.kernel.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptsTest {

    @Test
    void splitsAtSemicolonsOutsideLiteralsAndComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a_x (v VARCHAR(10) DEFAULT 'x;y');
                /* block; comment */
                INSERT INTO a_x VALUES ('it''s; fine');
                INSERT INTO "a_x" VALUES ('z')
                """;
        assertEquals(List.of(
                "CREATE TABLE a_x (v VARCHAR(10) DEFAULT 'x;y')",
                "INSERT INTO a_x VALUES ('it''s; fine')",
                "INSERT INTO \"a_x\" VALUES ('z')"), SqlScripts.statements(script));
    }

    @Test
    void emptyScriptHasNoStatements() {
        assertEquals(List.of(), SqlScripts.statements("  -- nothing\n ; ;"));
    }
}
