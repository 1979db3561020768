package org.yiwang.kernel.enterprises.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;

/**
 * Import jobs: takes a file (an upload streamed to {@code ${karaf.data}/yiwang/imports/}, or a file
 * an operator names in the shell), checks its header at once, then processes it on a single
 * background thread, one job after the other. Job states live in memory (the last
 * {@value #KEEP} jobs); their reports stay on disk until the job is forgotten.
 */
@Component(service = ImportService.class)
public final class ImportService {

    static final int KEEP = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Path folder;
    private final Clock clock;
    private final ImportRunner runner;
    private final ExecutorService executor;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

    @Activate
    public ImportService(@Reference EnterpriseService enterprises) {
        this(enterprises, Path.of(System.getProperty("karaf.data", "data"), "yiwang", "imports"), Clock.systemUTC());
    }

    ImportService(EnterpriseService enterprises, Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.runner = new ImportRunner(enterprises, clock);
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "yiwang-enterprise-import");
            t.setDaemon(true);
            return t;
        });
        try {
            Files.createDirectories(folder);
            removeLeftovers();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use the import folder " + folder + ": " + e.getMessage(), e);
        }
    }

    @Deactivate
    void shutdown() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("An enterprise import was still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Streams an upload to a temporary file and queues it; 400 when the header is unusable. */
    public ImportStatus submit(InputStream body, ImportFormat format, Charset charset, ImportMode mode) throws IOException {
        return submit(body, format, charset, mode, code -> true);
    }

    /** As {@link #submit(InputStream, ImportFormat, Charset, ImportMode)}, rejecting rows whose region is not allowed. */
    public ImportStatus submit(InputStream body, ImportFormat format, Charset charset, ImportMode mode,
                               java.util.function.Predicate<String> regionAllowed) throws IOException {
        String id = UUID.randomUUID().toString();
        Path upload = folder.resolve(id + ".upload");
        try {
            long bytes = Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
            if (bytes == 0) {
                throw ProblemException.invalid(List.of(FieldError.of("file", "empty", "上传的文件为空", "The uploaded file is empty")));
            }
            return queue(id, upload, true, format, charset, mode, regionAllowed);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
    }

    /** Queues a file the caller keeps (the shell command); 400 when the header is unusable. */
    public ImportStatus submit(Path file, ImportFormat format, Charset charset, ImportMode mode) throws IOException {
        return queue(UUID.randomUUID().toString(), file, false, format, charset, mode, code -> true);
    }

    public Optional<ImportStatus> status(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(ImportJob::snapshot);
        }
    }

    /** The report file of a finished job (created empty if the job failed before writing one). */
    public Optional<Path> report(String id) throws IOException {
        ImportJob job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null || !job.finished()) {
            return Optional.empty();
        }
        if (!Files.exists(job.report)) {
            ImportReport.empty(job.report);
        }
        return Optional.of(job.report);
    }

    private ImportStatus queue(String id, Path file, boolean owned, ImportFormat format, Charset charset, ImportMode mode,
                               java.util.function.Predicate<String> regionAllowed) throws IOException {
        checkHeader(file, format, charset);
        ImportJob job = new ImportJob(id, mode, format, charset, file, owned, folder.resolve(id + "-report.csv"), clock.instant());
        job.regionAllowed = regionAllowed;
        synchronized (jobs) {
            jobs.put(id, job);
            forgetOldJobs();
        }
        executor.execute(() -> {
            try {
                runner.run(job);
            } finally {
                if (job.deleteFile) {
                    deleteQuietly(job.file);
                }
            }
        });
        LOG.info("Import {} queued ({}, {})", id, format, mode.id());
        return job.snapshot();
    }

    private static void checkHeader(Path file, ImportFormat format, Charset charset) {
        try (RowSource rows = RowSource.open(file, format, charset)) {
            String[] header = rows.header();
            if (header == null) {
                throw ProblemException.invalid(List.of(FieldError.of("file", "empty", "文件为空", "The file is empty")));
            }
            ImportColumns.of(header);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ProblemException.invalid(List.of(FieldError.of("file", "unreadable",
                    "无法读取文件（应为 " + format + "）：" + e.getMessage(), "Cannot read the file as " + format + ": " + e.getMessage())));
        }
    }

    private void forgetOldJobs() {
        Iterator<ImportJob> it = jobs.values().iterator();
        while (jobs.size() > KEEP && it.hasNext()) {
            ImportJob old = it.next();
            if (old.finished()) {
                deleteQuietly(old.report);
                it.remove();
            }
        }
    }

    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{upload,csv}")) {
            for (Path f : files) {
                deleteQuietly(f);
            }
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", f, e.getMessage());
        }
    }
}
