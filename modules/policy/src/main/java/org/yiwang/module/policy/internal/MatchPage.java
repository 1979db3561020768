package org.yiwang.module.policy.internal;

import java.util.List;

/**
 * The enterprises a policy matches, {@code {items, total, page, size}}, plus {@code unknown}: those
 * not known to fail but missing data for a criterion (not listed, not notified by match).
 */
public record MatchPage(List<MatchedEnterprise> items, long total, int page, int size, long unknown) {
}
