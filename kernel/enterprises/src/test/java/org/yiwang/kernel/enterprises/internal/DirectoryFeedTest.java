package org.yiwang.kernel.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseDirectory;
import org.yiwang.kernel.persistence.EmbeddedDerby;

/** What modules with an in-memory view of the SME database rely on: the change scan and the change events. */
class DirectoryFeedTest {

    private final EmbeddedDerby db = Fixtures.database();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final EventAdmin recorder = new EventAdmin() {
        @Override
        public void postEvent(Event event) {
            events.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            events.add(event);
        }
    };

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void scanStreamsEverythingOrOnlyWhatChangedSinceWithoutContacts() {
        Instant later = Fixtures.NOW.plusSeconds(3600);
        EnterpriseService early = new EnterpriseService(db, Fixtures.CLOCK);
        EnterpriseService late = new EnterpriseService(db, Clock.fixed(later, ZoneOffset.UTC));
        String a = Fixtures.uscc("350102", 2);
        String b = Fixtures.uscc("350102", 1);
        early.create(Fixtures.sample(a));
        late.create(Fixtures.sample(b));

        List<Enterprise> all = new ArrayList<>();
        early.scan((Instant) null, all::add);
        assertEquals(List.of(b, a), all.stream().map(Enterprise::uscc).toList(), "USCC order");
        assertTrue(all.stream().allMatch(e -> e.contacts().isEmpty()), "no personal data in the feed");
        assertEquals(List.of("高新技术", "出口"), all.get(0).tags());

        List<Enterprise> changed = new ArrayList<>();
        early.scan(later, changed::add);
        assertEquals(List.of(b), changed.stream().map(Enterprise::uscc).toList());
        List<Enterprise> none = new ArrayList<>();
        early.scan(later.plusMillis(1), none::add);
        assertEquals(List.of(), none);
    }

    @Test
    void scanCrossesChunkBoundaries() {
        EnterpriseService service = new EnterpriseService(db, Fixtures.CLOCK);
        List<Enterprise> batch = new ArrayList<>();
        for (int i = 1; i <= 1203; i++) {
            batch.add(service.validator().validate(Fixtures.sample(Fixtures.uscc("350102", i)), new ArrayList<>()));
        }
        db.inTransaction(c -> service.store().upsert(c, batch, service.now()));
        List<String> seen = new ArrayList<>();
        service.scan((Instant) null, e -> seen.add(e.uscc()));
        assertEquals(1203, seen.size());
        assertEquals(seen.stream().sorted().toList(), seen);
    }

    @Test
    void writesPostChangeEventsNamingTheEnterprises() {
        EnterpriseService service = new EnterpriseService(db, Fixtures.CLOCK);
        service.use(recorder);
        String uscc = Fixtures.uscc("350102", 7);
        Enterprise created = service.create(Fixtures.sample(uscc));
        service.update(uscc, Fixtures.versioned(created, 1));
        service.delete(uscc);
        assertEquals(List.of(EnterpriseDirectory.CHANGED, EnterpriseDirectory.CHANGED, EnterpriseDirectory.DELETED),
                events.stream().map(Event::getTopic).toList());
        for (Event e : events) {
            assertArrayEquals(new String[] {uscc}, (String[]) e.getProperty(EnterpriseDirectory.USCCS));
        }
    }

    @Test
    void refusedWritesPostNothing() {
        EnterpriseService service = new EnterpriseService(db, Fixtures.CLOCK);
        service.use(recorder);
        try {
            service.create(Fixtures.with(Fixtures.sample(Fixtures.uscc("350102", 8)), "999999", "C3311", 1, null));
        } catch (RuntimeException expected) {
            // refused: invalid region
        }
        assertEquals(List.of(), events);
    }

    @Test
    void anImportPostsOneEventPerWrittenChunk(@TempDir Path folder) throws Exception {
        try (ImportHarness h = new ImportHarness(folder)) {
            h.enterprises.use(recorder);
            StringBuilder csv = new StringBuilder(ImportTest.HEADER);
            for (int i = 1; i <= 2500; i++) {
                csv.append(Fixtures.uscc("350102", i)).append(",企业").append(i)
                        .append(",350102,C3311,10,100,100,2020-01-01,,,\n");
            }
            ImportStatus s = h.csv(csv.toString(), ImportMode.ALL_OR_NOTHING);
            assertEquals(2500, s.inserted(), s.toString());
            List<String> usccs = new ArrayList<>();
            for (Event e : events) {
                assertEquals(EnterpriseDirectory.CHANGED, e.getTopic());
                usccs.addAll(List.of((String[]) e.getProperty(EnterpriseDirectory.USCCS)));
            }
            assertEquals(3, events.size(), "chunks of 1000");
            assertEquals(2500, usccs.stream().distinct().count());
        }
    }
}
