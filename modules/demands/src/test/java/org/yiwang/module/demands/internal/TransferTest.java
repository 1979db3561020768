package org.yiwang.module.demands.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.yiwang.module.demands.internal.Harness.problem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.problem.ProblemException;

/** Transfers to another window of the same level, up, down, and to an institution. */
class TransferTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void toASiblingWindowMovesTheResponsibility() {
        Demand d = h.to(Status.ACCEPTED);
        Demand moved = h.demands.transfer(h.gulouStaff, d.id(), new TransferRequest(Harness.TAIJIANG, null, null, "企业实际经营地在台江"));
        assertEquals(Harness.TAIJIANG, moved.windowRegion());
        assertEquals("台江区中小企业服务窗口", moved.windowName());
        assertEquals(Status.ACCEPTED, moved.status());
        HistoryEntry t = h.demands.history(h.taijiangStaff, d.id()).get(2);
        assertEquals("TRANSFER", t.action());
        assertEquals(Harness.GULOU, t.fromWindow());
        assertEquals(Harness.TAIJIANG, t.toWindow());
        assertEquals("企业实际经营地在台江", t.reason());
        assertEquals("org/yiwang/demands/TRANSFERRED", h.topics().get(h.topics().size() - 1));
        // the old window still sees its enterprise's demand but may no longer act
        problem(403, () -> h.act(h.gulouStaff, moved, Action.START));
        assertEquals(Status.IN_PROGRESS, h.act(h.taijiangStaff, moved, Action.START).status());
    }

    @Test
    void upToTheParentAndDownToAChild() {
        Demand d = h.submit();
        Demand up = h.demands.transfer(h.gulouStaff, d.id(), new TransferRequest(Harness.FUZHOU, null, null, "需市级协调"));
        assertEquals(Harness.FUZHOU, up.windowRegion());
        Demand down = h.demands.transfer(h.fuzhouStaff, d.id(), new TransferRequest("350104", null, null, "交仓山区办理"));
        assertEquals("350104", down.windowRegion());
        problem(403, () -> h.demands.transfer(h.gulouStaff, d.id(), new TransferRequest(Harness.GULOU, null, null, "x")));
    }

    @Test
    void toAnInstitutionKeepsTheWindowAndNamesTheProvider() {
        Demand d = h.to(Status.IN_PROGRESS);
        Demand t = h.demands.transfer(h.gulouStaff, d.id(), new TransferRequest(null, "inst-42", "福州律师事务所", "专业法律服务"));
        assertEquals(Harness.GULOU, t.windowRegion());
        assertEquals("inst-42", t.institutionId());
        Demand resolved = h.act(h.gulouStaff, t, Action.RESOLVE);
        assertEquals(new Provider(Provider.Kind.INSTITUTION, "inst-42", "福州律师事务所"),
                h.ledger.records.get(resolved.ledgerRecordId()).provider());
        assertEquals("inst-42", h.demands.history(h.gulouStaff, d.id()).get(3).toInstitution());
    }

    @Test
    void badTransfersAreRefused() {
        Demand d = h.submit();
        ProblemException e = problem(400, () -> h.demands.transfer(h.gulouStaff, d.id(),
                new TransferRequest(Harness.TAIJIANG, "inst-1", null, null)));
        assertEquals(List.of("reason:required", "toRegion:one-of", "institutionName:required"), Harness.fields(e));
        e = problem(400, () -> h.demands.transfer(h.gulouStaff, d.id(), new TransferRequest(Harness.SIMING, null, null, "r")));
        assertEquals(List.of("toRegion:adjacent"), Harness.fields(e));
        e = problem(400, () -> h.demands.transfer(h.gulouStaff, d.id(), new TransferRequest("999999", null, null, "r")));
        assertEquals(List.of("toRegion:known"), Harness.fields(e));
        e = problem(400, () -> h.demands.transfer(h.gulouStaff, d.id(), new TransferRequest(Harness.GULOU, null, null, "r")));
        assertEquals(List.of("toRegion:different"), Harness.fields(e));
        problem(404, () -> h.demands.transfer(h.taijiangStaff, d.id(), new TransferRequest(Harness.TAIJIANG, null, null, "r")));
        Demand resolved = h.to(Status.RESOLVED);
        ProblemException closed = problem(409, () -> h.demands.transfer(h.gulouStaff, resolved.id(),
                new TransferRequest(Harness.TAIJIANG, null, null, "r")));
        assertEquals("urn:yiwang:problem:demands-illegal-transition", closed.type().uri());
        assertEquals(Harness.GULOU, h.demands.get(h.gulouStaff, d.id()).windowRegion(), "nothing changed");
        assertNull(h.demands.get(h.gulouStaff, d.id()).institutionId());
    }
}
