package org.yiwang.kernel.api.enterprise;

import java.util.Optional;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;

/**
 * Read access to the SME database for other modules (policy matching, demands, …), registered as
 * an OSGi service by the {@code enterprises} bundle. Reference it dynamically: the bundle may be
 * absent.
 */
public interface EnterpriseDirectory {

    /** The enterprise with this USCC (normalised or not), if stored. */
    Optional<Enterprise> find(String uscc);

    /**
     * Enterprises matching the query, ordered by USCC.
     *
     * @throws org.yiwang.kernel.api.problem.ProblemException (400) when a filter is not a valid code
     */
    Page<Enterprise> search(EnterpriseQuery query, PageRequest page);
}
