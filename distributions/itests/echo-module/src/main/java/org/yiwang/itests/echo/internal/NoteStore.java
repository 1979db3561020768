package org.yiwang.itests.echo.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.persistence.Database;

/** Notes in table ECHO_NOTE; migrates its schema when it activates. */
@Component(service = NoteStore.class)
public final class NoteStore {

    private final Database db;

    @Activate
    public NoteStore(@Reference Database db) {
        this.db = db;
        db.migrate("echo", NoteStore.class);
    }

    Note add(String text) {
        return db.inTransaction(c -> {
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO echo_note (text, created_at) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, text);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Note(keys.getInt(1), text, now);
                }
            }
        });
    }

    List<Note> all() {
        return db.withConnection(c -> {
            List<Note> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT id, text, created_at FROM echo_note ORDER BY id")) {
                while (rs.next()) {
                    out.add(new Note(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }
            }
            return out;
        });
    }

    Optional<Note> find(int id) {
        return all().stream().filter(n -> n.id() == id).findFirst();
    }
}
