package org.yiwang.kernel.api.ledger;

import java.time.Instant;

/**
 * The one satisfaction rating of a completed record: 1–5 (4 and 5 count as satisfied), with an
 * optional comment; given by the enterprise, or recorded by staff during a follow-up call.
 *
 * @param byStaff whether staff recorded it on the enterprise's behalf
 */
public record Rating(int score, String comment, Instant at, String by, boolean byStaff) {

    public boolean satisfied() {
        return score >= 4;
    }
}
