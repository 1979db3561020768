package org.yiwang.itests.echo.internal;

import java.time.Instant;

/** A stored note. */
public record Note(int id, String text, Instant createdAt) {
}
