package org.yiwang.module.policy.internal;

/** Optional body of a lifecycle action: a note kept in the history (e.g. why it was sent back). */
public record NoteRequest(String note) {
}
