package org.yiwang.module.policy.internal;

import java.util.List;

/** What an import created: the ids of the new drafts. */
public record ImportResult(int imported, List<Long> ids) {
}
