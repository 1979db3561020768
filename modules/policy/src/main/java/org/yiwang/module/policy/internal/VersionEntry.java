package org.yiwang.module.policy.internal;

import java.time.Instant;

/** A kept version of a published policy: its content as it was, and the change note that made it. */
public record VersionEntry(int version, String changeNote, Instant at, String by, Content content) {
}
