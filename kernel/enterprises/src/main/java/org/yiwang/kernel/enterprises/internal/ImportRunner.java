package org.yiwang.kernel.enterprises.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;

/**
 * Runs one import job: counts the rows, then either validates the whole file and writes it only if
 * every row is valid (all-or-nothing), or writes valid rows as it goes and reports the others
 * (skip-bad-rows). Writes are batched upserts of {@link #CHUNK} rows made by a {@link ChunkWriter}
 * while this thread validates the next chunk, one transaction per chunk.
 */
final class ImportRunner {

    static final int CHUNK = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final EnterpriseService enterprises;
    private final Clock clock;

    ImportRunner(EnterpriseService enterprises, Clock clock) {
        this.enterprises = enterprises;
        this.clock = clock;
    }

    void run(ImportJob job) {
        job.startedAt = clock.instant();
        job.state = ImportJob.State.RUNNING;
        try {
            job.phase = ImportJob.Phase.COUNTING;
            job.totalRows = count(job);
            if (job.mode == ImportMode.ALL_OR_NOTHING) {
                job.phase = ImportJob.Phase.VALIDATING;
                pass(job, false);
                if (job.rejected > 0) {
                    finish(job, ImportJob.State.DONE, LocalizedText.of(
                            job.rejected + " 行数据有误，按“全部或全不”模式未写入任何数据；详见报告",
                            job.rejected + " rows are invalid; in all-or-nothing mode nothing was written (see the report)"));
                    return;
                }
                job.processedRows = 0;
            }
            job.phase = ImportJob.Phase.WRITING;
            pass(job, true);
            finish(job, ImportJob.State.DONE, LocalizedText.of(
                    "导入完成：新增 " + job.inserted + " 家，更新 " + job.updated + " 家，拒绝 " + job.rejected + " 行",
                    "Import done: " + job.inserted + " inserted, " + job.updated + " updated, " + job.rejected + " rejected"));
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("Import {} failed after {} rows: {}", job.id, job.processedRows, e.toString());
            long done = job.inserted + job.updated;
            String written = done > 0 ? "; " + done + " rows had already been written" : "";
            String writtenZh = done > 0 ? "；此前已写入 " + done + " 行" : "";
            String reason = e instanceof ProblemException pe && pe.detail() != null ? pe.detail().en() : e.getMessage();
            finish(job, ImportJob.State.FAILED, LocalizedText.of("导入失败：" + reason + writtenZh,
                    "Import failed: " + reason + written));
        }
    }

    private static long count(ImportJob job) throws IOException {
        try (RowSource rows = RowSource.open(job.file, job.format, job.charset)) {
            ImportColumns.of(header(rows));
            long n = 0;
            while (rows.next()) {
                n++;
            }
            return n;
        }
    }

    private void pass(ImportJob job, boolean write) throws IOException, InterruptedException {
        EnterpriseValidator validator = enterprises.validator();
        try (RowSource rows = RowSource.open(job.file, job.format, job.charset);
             ImportReport report = write && job.mode == ImportMode.ALL_OR_NOTHING ? null : new ImportReport(job.report);
             ChunkWriter writer = write ? new ChunkWriter(enterprises, job) : null) {
            ImportColumns columns = ImportColumns.of(header(rows));
            RowParser parser = new RowParser(columns, job.format == ImportFormat.XLSX);
            UsccSet seen = new UsccSet();
            List<FieldError> errors = new ArrayList<>();
            List<Enterprise> chunk = new ArrayList<>(CHUNK);
            long processed = 0;
            while (rows.next()) {
                errors.clear();
                String[] cells = rows.row();
                Enterprise e = validator.validate(parser.parse(cells, errors), errors);
                if (e != null && !job.regionAllowed.test(e.regionCode())) {
                    Messages.add(errors, "regionCode", "scope", "行政区划 " + e.regionCode() + " 不在您的管辖范围内",
                            "Region " + e.regionCode() + " is outside your region");
                    e = null;
                }
                if (e != null) {
                    long first = seen.putIfAbsent(e.uscc(), rows.rowNumber());
                    if (first > 0) {
                        Messages.add(errors, Fields.USCC, "duplicate-in-file", "统一社会信用代码与第 " + first + " 行重复",
                                "The USCC repeats row " + first + " of this file");
                    }
                }
                if (!errors.isEmpty()) {
                    job.rejected++;
                    if (report != null) {
                        report.rejected(rows.rowNumber(), errors, cells, columns);
                    }
                } else if (write) {
                    chunk.add(e);
                    if (chunk.size() == CHUNK) {
                        writer.write(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                job.processedRows = ++processed;
            }
            if (write) {
                writer.write(chunk);
                EnterpriseStore.Upserted done = writer.finish();
                job.inserted = done.inserted();
                job.updated = done.updated();
            }
        }
    }

    private static String[] header(RowSource rows) throws IOException {
        String[] header = rows.header();
        if (header == null) {
            throw ProblemException.invalid(List.of(FieldError.of("file", "empty", "文件为空", "The file is empty")));
        }
        return header;
    }

    private void finish(ImportJob job, ImportJob.State state, LocalizedText message) {
        job.message = message;
        job.phase = ImportJob.Phase.FINISHED;
        job.finishedAt = clock.instant();
        job.state = state;
        LOG.info("Import {} {}: {}", job.id, state, message.en());
    }
}
