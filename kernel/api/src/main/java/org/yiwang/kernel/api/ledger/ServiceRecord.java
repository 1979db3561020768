package org.yiwang.kernel.api.ledger;

import java.time.Instant;

/**
 * One service to one enterprise, as the ledger stores it.
 *
 * @param id           ledger id
 * @param uscc         the enterprise served (Unified Social Credit Code)
 * @param regionCode   GB/T 2260 code of where it was served (KPIs roll up by this code's subtree)
 * @param module       id of the module that delivered it ({@code demands}, {@code policy}, …)
 * @param category     service category code of STANDARDS §6 ({@code legal-aid}, {@code financing-guarantee}, …)
 * @param channel      {@code ONLINE}, {@code OFFLINE}, {@code HOTLINE} or {@code ON_SITE}
 * @param provider     who delivered it
 * @param title        what was done, one line
 * @param sourceRef    the delivering module's own id for it (e.g. the demand id); may be null
 * @param requestedAt  when the enterprise asked (or the service started)
 * @param respondedAt  first response (accepted, called back, …); null while none
 * @param completedAt  when it was completed; null while open
 * @param status       {@code OPEN} or {@code COMPLETED}
 * @param outcome      what came out of it (set on completion)
 * @param followUps    number of follow-up visits (回访) recorded
 * @param rating       the satisfaction rating, null until given
 * @param createdAt    when it entered the ledger
 */
public record ServiceRecord(String id, String uscc, String regionCode, String module, String category,
                            String channel, Provider provider, String title, String sourceRef,
                            Instant requestedAt, Instant respondedAt, Instant completedAt, Status status,
                            String outcome, int followUps, Rating rating, Instant createdAt) {

    public enum Status { OPEN, COMPLETED }
}
