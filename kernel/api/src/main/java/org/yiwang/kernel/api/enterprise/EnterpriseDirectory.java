package org.yiwang.kernel.api.enterprise;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/**
 * Read access to the SME database for other modules (policy matching, demands, …), registered as
 * an OSGi service by the {@code enterprises} bundle. Reference it dynamically: the bundle may be
 * absent.
 */
public interface EnterpriseDirectory {

    /**
     * Event topic posted (asynchronously, when EventAdmin is present) after a transaction that
     * created or changed enterprises commits: one event per save or per import chunk, property
     * {@link #USCCS} a {@code String[]} of the normalised codes.
     */
    String CHANGED = "org/yiwang/enterprises/CHANGED";

    /** Event topic posted after enterprises were deleted; property {@link #USCCS}. */
    String DELETED = "org/yiwang/enterprises/DELETED";

    /** The event property naming the enterprises an event is about ({@code String[]}). */
    String USCCS = "usccs";

    /** The enterprise with this USCC (normalised or not), if stored. */
    Optional<Enterprise> find(String uscc);

    /**
     * Enterprises matching the query, ordered by USCC.
     *
     * @throws org.yiwang.kernel.api.problem.ProblemException (400) when a filter is not a valid code
     */
    Page<Enterprise> search(EnterpriseQuery query, PageRequest page);

    /**
     * Streams every enterprise changed at or after {@code changedSince} (all of them when null),
     * in one consistent read, ordered by USCC, without paging. For modules that keep their own
     * in-memory view of the SME database (policy matching): load once, then follow
     * {@link #CHANGED} and {@link #DELETED}. Contacts are not included (personal data).
     */
    void scan(Instant changedSince, Consumer<Enterprise> sink);
}
