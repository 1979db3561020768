package org.yiwang.kernel.enterprises.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.persistence.EmbeddedDerby;

class EnterpriseServiceTest {

    private final EmbeddedDerby db = Fixtures.database();
    private final EnterpriseService service = new EnterpriseService(db, Fixtures.CLOCK);
    private final String uscc = Fixtures.uscc("350102", 7);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createsAndReadsBack() {
        Enterprise created = service.create(Fixtures.sample(uscc.toLowerCase()));
        assertEquals(uscc, created.uscc());
        assertEquals(1, created.version());
        assertEquals(Fixtures.NOW, created.createdAt());
        assertEquals(List.of("高新技术", "出口"), created.tags());
        assertEquals("zhang@example.cn", created.contacts().get(0).email());
        assertEquals("SMALL", created.sizeClass());
        assertEquals(created, service.get(uscc));
        assertEquals(new java.math.BigDecimal("1850.5"), service.get(uscc).operatingRevenue(), "decimals survive storage");
        assertEquals(new java.math.BigDecimal("95.25"), service.get(uscc).rdExpense());
        assertEquals(created, service.find(uscc.toLowerCase()).orElseThrow());
    }

    @Test
    void duplicateIsAConflictAndInvalidIsRefused() {
        service.create(Fixtures.sample(uscc));
        assertEquals(409, assertThrows(ProblemException.class, () -> service.create(Fixtures.sample(uscc))).type().status());
        ProblemException invalid = assertThrows(ProblemException.class,
                () -> service.create(Fixtures.with(Fixtures.sample(Fixtures.uscc("350102", 8)), "999999", "C3311", 1, null)));
        assertEquals(400, invalid.type().status());
        assertEquals("regionCode", invalid.errors().get(0).field());
        assertTrue(service.find(Fixtures.uscc("350102", 8)).isEmpty());
    }

    @Test
    void updateUsesOptimisticLocking() {
        Enterprise v1 = service.create(Fixtures.sample(uscc));
        Enterprise v2 = service.update(uscc, Fixtures.named(Fixtures.versioned(v1, 1), "新名称", List.of(), List.of("出口")));
        assertEquals(2, v2.version());
        assertEquals("新名称", v2.name());
        assertEquals(List.of(), v2.tiers());
        assertEquals(List.of("出口"), v2.tags());
        assertEquals(v1.createdAt(), v2.createdAt());
        ProblemException stale = assertThrows(ProblemException.class,
                () -> service.update(uscc, Fixtures.named(Fixtures.versioned(v1, 1), "旧的", List.of(), List.of())));
        assertEquals(409, stale.type().status());
        assertEquals("新名称", service.get(uscc).name(), "the refused update changed nothing");
        assertEquals(400, assertThrows(ProblemException.class,
                () -> service.update(uscc, Fixtures.versioned(v1, 0))).type().status(), "version is required");
        assertEquals(400, assertThrows(ProblemException.class,
                () -> service.update(Fixtures.uscc("350102", 9), Fixtures.versioned(v2, 2))).type().status(), "path/body mismatch");
        String other = Fixtures.uscc("350102", 10);
        assertEquals(404, assertThrows(ProblemException.class,
                () -> service.update(other, Fixtures.versioned(Fixtures.sample(other), 1))).type().status());
    }

    @Test
    void deleteRemovesProfileAndLists() {
        service.create(Fixtures.sample(uscc));
        service.delete(uscc);
        assertTrue(service.find(uscc).isEmpty());
        assertEquals(404, assertThrows(ProblemException.class, () -> service.delete(uscc)).type().status());
        int children = db.withConnection(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ENTERPRISES_TAG")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertEquals(0, children);
    }

    @Test
    void aFailingWriteRollsBackCompletely() {
        Enterprise valid = service.validator().validate(Fixtures.sample(uscc), new java.util.ArrayList<>());
        Enterprise tooLongForTheColumn = new Enterprise(valid.uscc(), valid.name(), valid.regionCode(), valid.industryCode(),
                valid.sizeClass(), valid.employees(), valid.operatingRevenue(), valid.totalAssets(), valid.establishedOn(),
                valid.rdExpense(), null, valid.ipClassOne(), valid.ipTotal(), valid.tiers(),
                List.of(new Contact("名".repeat(60), null, null, null)), valid.tags(), null, null, 0L);
        assertThrows(RuntimeException.class, () -> db.inTransaction(c -> {
            service.store().insert(c, tooLongForTheColumn, Fixtures.NOW);
            return null;
        }));
        assertTrue(service.find(uscc).isEmpty(), "the main row written before the failing child row was rolled back");
    }

    @Test
    void migrationIsIdempotent() {
        EnterpriseService again = new EnterpriseService(db, Fixtures.CLOCK);
        again.create(Fixtures.sample(uscc));
        assertEquals(1, db.migrate("enterprises", EnterpriseService.class));
    }
}
