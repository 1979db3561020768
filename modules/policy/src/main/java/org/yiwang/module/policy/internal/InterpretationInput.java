package org.yiwang.module.policy.internal;

import java.util.List;

/** Body of {@code POST /api/policy/policies/{id}/interpretations}; {@code date} as {@code YYYY-MM-DD}. */
public record InterpretationInput(String title, String text, List<Qa> qa, String author, String date) {
}
