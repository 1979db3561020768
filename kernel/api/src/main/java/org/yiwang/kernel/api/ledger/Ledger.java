package org.yiwang.kernel.api.ledger;

import java.util.List;
import java.util.Optional;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.security.Caller;

/**
 * The kernel's service ledger, an OSGi service. Every write is audited and validated: invalid input
 * throws {@link org.yiwang.kernel.api.problem.ProblemException} (400 with the fields named) and
 * changes nothing.
 */
public interface Ledger {

    /**
     * Records a service delivered (or under way) for an enterprise. The record's id is returned in
     * the stored record; {@code sourceModule} + {@code sourceRef} identify it in the module that
     * delivered it (recording the same pair twice returns the existing record unchanged).
     *
     * @param actor who records it (the module acts for the caller of its own endpoint)
     */
    ServiceRecord record(Caller actor, NewServiceRecord record);

    /** Marks a record completed with its outcome; completing twice is a 409 problem. */
    ServiceRecord complete(Caller actor, String id, String outcome);

    /**
     * Records a follow-up visit (回访) on a record: channel ({@code HOTLINE}, {@code ON_SITE}, …) and
     * notes; staff of the record's region only.
     */
    FollowUp followUp(Caller actor, String id, String channel, String notes);

    /** The follow-ups of a record the caller may see, oldest first (404 problem when it may not). */
    List<FollowUp> followUps(Caller caller, String id);

    /**
     * The record's one satisfaction rating (1–5, optional comment): by the enterprise it served, or by
     * staff of its region recording what the enterprise said in a follow-up call. Only after
     * completion (409 before), only once (409 again).
     */
    ServiceRecord rate(Caller actor, String id, int score, String comment);

    /** A record the caller may see (staff: their region subtree; an enterprise: its own). */
    Optional<ServiceRecord> find(Caller caller, String id);

    /** The record a module wrote for its own reference, if any (no access check: for the module). */
    Optional<ServiceRecord> findBySource(String sourceModule, String sourceRef);

    /** Records the caller may see, newest first. */
    Page<ServiceRecord> search(Caller caller, RecordQuery query, PageRequest page);

    /** KPIs over the caller's region subtree (or the requested subtree inside it). */
    Kpis kpis(Caller caller, KpiQuery query);
}
