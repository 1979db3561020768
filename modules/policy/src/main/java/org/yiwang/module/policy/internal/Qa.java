package org.yiwang.module.policy.internal;

/** One question and its answer in an interpretation. */
public record Qa(String q, String a) {
}
