package org.yiwang.module.policy.api;

import java.time.Instant;

/**
 * What a delivery channel tells an enterprise about a published policy.
 *
 * @param policyId  the policy's id
 * @param title     the policy's title
 * @param summary   one line: issuing authority, document number and the readable eligibility rule
 * @param reason    {@link #MATCH} (the enterprise meets every criterion) or {@link #SUBSCRIPTION} (it
 *                  subscribed to a category or tag of the policy and is not known to fail a criterion)
 * @param link      path of the policy's page on the portal, e.g. {@code /policy/42}
 * @param at        when the policy was published
 */
public record PolicyNotice(long policyId, String title, String summary, String reason, String link, Instant at) {

    public static final String MATCH = "MATCH";
    public static final String SUBSCRIPTION = "SUBSCRIPTION";
}
