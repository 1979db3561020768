package org.yiwang.itests.echo.internal;

/** The body of {@code POST /api/echo/notes}. */
public record NewNote(String text) {
}
