package org.yiwang.module.policy.internal;

import java.util.List;

/** A policy for one enterprise: the overall verdict (MET or UNKNOWN) and the verdict on each criterion. */
public record PolicyMatch(PolicySummary policy, Verdict verdict, List<CriterionVerdict> criteria) {
}
