package org.yiwang.kernel.enterprises.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.EnterpriseDirectory;
import org.yiwang.kernel.api.persistence.PersistenceException;

/**
 * The writing half of an import's write pass: upserts validated chunks on a thread of its own, so
 * that parsing and validating the next chunk overlaps the database work on this one (one core
 * each). Every chunk is one transaction (whole records only, and never enough rows for Derby to
 * escalate to a table lock, so staff can search while a large import runs); the job counts what is
 * committed as it goes.
 */
final class ChunkWriter implements AutoCloseable {

    private static final Comparator<Enterprise> BY_USCC = Comparator.comparing(Enterprise::uscc);
    private static final List<Enterprise> END = new ArrayList<>();
    private static final List<Enterprise> ABORT = new ArrayList<>();

    private final EnterpriseService enterprises;
    private final ImportJob job;
    /** Two chunks in flight: enough to keep both threads busy, little memory. */
    private final BlockingQueue<List<Enterprise>> queue = new ArrayBlockingQueue<>(2);
    private final FutureTask<EnterpriseStore.Upserted> task = new FutureTask<>(this::drain);
    private boolean ended;

    ChunkWriter(EnterpriseService enterprises, ImportJob job) {
        this.enterprises = enterprises;
        this.job = job;
        Thread t = new Thread(task, "yiwang-enterprise-import-writer");
        t.setDaemon(true);
        t.start();
    }

    /** Hands a chunk (distinct USCCs) over, waiting while the writer is busy; rethrows its failure. */
    void write(List<Enterprise> chunk) throws InterruptedException {
        if (!chunk.isEmpty()) {
            put(chunk);
        }
    }

    /** Waits until everything handed over is written and committed. */
    EnterpriseStore.Upserted finish() throws InterruptedException {
        put(END);
        EnterpriseStore.Upserted done = result();
        ended = true;
        return done;
    }

    /** Unless finished: drops the chunks not yet written and waits for the writer to stop. */
    @Override
    public void close() {
        if (ended) {
            return;
        }
        ended = true;
        queue.clear();
        if (!queue.offer(ABORT)) {
            task.cancel(true);
        }
        try {
            task.get(1, TimeUnit.MINUTES);
        } catch (Exception expected) {
            // the writer stops with Aborted or the failure that is already being reported
        }
    }

    private void put(List<Enterprise> chunk) throws InterruptedException {
        while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
            if (task.isDone()) {
                result();
            }
        }
    }

    private EnterpriseStore.Upserted result() throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new PersistenceException("Import writer failed: " + e.getCause(), e.getCause());
        }
    }

    /** Writes chunks until END, one transaction each. */
    private EnterpriseStore.Upserted drain() {
        int inserted = 0;
        int updated = 0;
        while (true) {
            List<Enterprise> chunk = take();
            if (chunk == END) {
                return new EnterpriseStore.Upserted(inserted, updated);
            }
            chunk.sort(BY_USCC); // neighbouring keys: fewer index pages touched per chunk
            EnterpriseStore.Upserted done = enterprises.database().inTransaction(
                    tx -> enterprises.store().upsert(tx, chunk, enterprises.now()));
            enterprises.posted(EnterpriseDirectory.CHANGED, chunk.stream().map(Enterprise::uscc).toList());
            inserted += done.inserted();
            updated += done.updated();
            job.inserted = inserted;
            job.updated = updated;
        }
    }

    private List<Enterprise> take() {
        try {
            List<Enterprise> chunk = queue.take();
            if (chunk == ABORT) {
                throw new PersistenceException("Import stopped; nothing more is written", null);
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("Import writer interrupted", e);
        }
    }
}
