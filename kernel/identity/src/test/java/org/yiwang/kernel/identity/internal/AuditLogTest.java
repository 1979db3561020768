package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;

class AuditLogTest {

    private TestIdentity t;

    @BeforeEach
    void setUp() {
        t = new TestIdentity();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private static AuditEntry entry(String at, String actor, String action, String entityId) {
        return new AuditEntry(Instant.parse(at), actor, action, "enterprise", entityId, List.of("name", "tiers"),
                "10.0.0.1", "success");
    }

    @Test
    void entriesAreQueriedNewestFirstWithFilters() {
        t.audit.record(entry("2025-01-01T00:00:00Z", "zhang", "create", "A1"));
        t.audit.record(entry("2025-01-02T00:00:00Z", "li", "update", "A1"));
        t.audit.record(entry("2025-01-03T00:00:00Z", "zhang", "update", "B2"));
        Page<AuditEntry> all = t.audit.query(AuditQuery.ALL, PageRequest.of(1, 10));
        assertEquals(3, all.total());
        assertEquals(List.of("B2", "A1", "A1"), all.items().stream().map(AuditEntry::entityId).toList());
        assertEquals(List.of("name", "tiers"), all.items().get(0).changedFields());
        assertEquals(2, t.audit.query(new AuditQuery("zhang", null, null, null, null, null), PageRequest.of(1, 10))
                .total());
        assertEquals(1, t.audit.query(new AuditQuery(null, "update", "enterprise", "A1", null, null),
                PageRequest.of(1, 10)).total());
        Page<AuditEntry> window = t.audit.query(new AuditQuery(null, null, null, null,
                Instant.parse("2025-01-02T00:00:00Z"), Instant.parse("2025-01-03T00:00:00Z")), PageRequest.of(1, 10));
        assertEquals(List.of("li"), window.items().stream().map(AuditEntry::actor).toList());
        Page<AuditEntry> second = t.audit.query(AuditQuery.ALL, PageRequest.of(2, 2));
        assertEquals(List.of("2025-01-01T00:00:00Z"), second.items().stream().map(e -> e.at().toString()).toList());
    }

    @Test
    void readingNeedsAuditRead() {
        Caller auditor = t.callerOf(t.create("aud.hz", "STAFF", "330100", null, "auditor"));
        Caller window = t.callerOf(t.create("win.hz", "STAFF", "330100", null, "window-staff"));
        assertDoesNotThrow(() -> t.audit.query(auditor, AuditQuery.ALL, PageRequest.of(1, 10)));
        assertEquals(403, assertThrows(ProblemException.class,
                () -> t.audit.query(window, AuditQuery.ALL, PageRequest.of(1, 10))).type().status());
        assertEquals(401, assertThrows(ProblemException.class,
                () -> t.audit.query(Caller.ANONYMOUS, AuditQuery.ALL, PageRequest.of(1, 10))).type().status());
    }

    @Test
    void overlongValuesAreCutNotRefused() {
        t.audit.record(new AuditEntry(Instant.EPOCH, "a".repeat(500), "x".repeat(500), null, "e".repeat(999),
                List.of("f".repeat(2000)), null, null));
        AuditEntry stored = t.audit.query(AuditQuery.ALL, PageRequest.of(1, 1)).items().get(0);
        assertEquals(64, stored.actor().length());
        assertEquals(200, stored.entityId().length());
        assertEquals("unknown", stored.outcome());
    }

    @Test
    void aDatabaseFailureIsLoggedNeverThrown() {
        t.exec("DROP TABLE identity_audit");
        assertDoesNotThrow(() -> t.audit.record(entry("2025-01-01T00:00:00Z", "zhang", "create", "A1")));
        assertDoesNotThrow(() -> t.audit.record(null));
    }

    @Test
    void theCodeNeverUpdatesOrDeletesAuditRows() throws IOException {
        Pattern forbidden = Pattern.compile("(?is)(UPDATE|DELETE\\s+FROM)\\s+identity_audit");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offending = files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return forbidden.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of(), offending);
        }
    }
}
