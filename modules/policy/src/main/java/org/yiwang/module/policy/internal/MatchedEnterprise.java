package org.yiwang.module.policy.internal;

/** An enterprise a policy matches, as staff see it in the list. */
public record MatchedEnterprise(String uscc, String name, String regionCode, String industryCode, String sizeClass) {
}
