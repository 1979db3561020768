package org.yiwang.kernel.enterprises.internal;

import java.time.Instant;
import org.yiwang.kernel.api.LocalizedText;

/**
 * An import job as {@code GET /api/enterprises/imports/{id}} shows it, for a progress bar:
 * {@code processedRows / totalRows} within the current {@code phase}.
 *
 * @param state     QUEUED, RUNNING, DONE or FAILED
 * @param mode      all-or-nothing or skip-bad-rows
 * @param format    CSV or XLSX
 * @param phase     QUEUED, COUNTING, VALIDATING (all-or-nothing, first pass), WRITING, FINISHED
 * @param totalRows data rows in the file (null until counted)
 * @param report    path of the rejected-rows report (null while none can be fetched)
 * @param message   outcome in zh-CN and en (null while running)
 */
public record ImportStatus(String id, String state, String mode, String format, String phase, Long totalRows,
                           long processedRows, long inserted, long updated, long rejected, Instant createdAt,
                           Instant startedAt, Instant finishedAt, String report, LocalizedText message) {

    public boolean finished() {
        return "DONE".equals(state) || "FAILED".equals(state);
    }
}
