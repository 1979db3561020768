package org.yiwang.kernel.enterprises.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import org.yiwang.kernel.api.LocalizedText;

/** A running import's mutable state: written by the import thread, read by anyone as a snapshot. */
final class ImportJob {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    enum Phase { QUEUED, COUNTING, VALIDATING, WRITING, FINISHED }

    final String id;
    final ImportMode mode;
    final ImportFormat format;
    final Charset charset;
    final Path file;
    final boolean deleteFile;
    final Path report;
    final Instant createdAt;
    /** Which region codes the uploader may write (their region subtree); rows outside are rejected. */
    volatile java.util.function.Predicate<String> regionAllowed = code -> true;

    volatile State state = State.QUEUED;
    volatile Phase phase = Phase.QUEUED;
    volatile Long totalRows;
    volatile long processedRows;
    volatile long inserted;
    volatile long updated;
    volatile long rejected;
    volatile Instant startedAt;
    volatile Instant finishedAt;
    volatile LocalizedText message;

    ImportJob(String id, ImportMode mode, ImportFormat format, Charset charset, Path file, boolean deleteFile,
              Path report, Instant createdAt) {
        this.id = id;
        this.mode = mode;
        this.format = format;
        this.charset = charset;
        this.file = file;
        this.deleteFile = deleteFile;
        this.report = report;
        this.createdAt = createdAt;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    ImportStatus snapshot() {
        return new ImportStatus(id, state.name(), mode.id(), format.name(), phase.name(), totalRows, processedRows,
                inserted, updated, rejected, createdAt, startedAt, finishedAt,
                finished() ? "/api/enterprises/imports/" + id + "/report" : null, message);
    }
}
