package org.yiwang.kernel.enterprises.internal;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.yiwang.kernel.persistence.EmbeddedDerby;

/** A database, the services and an import folder for one test class. */
final class ImportHarness implements AutoCloseable {

    final EmbeddedDerby db = Fixtures.database();
    final EnterpriseService enterprises = new EnterpriseService(db, Fixtures.CLOCK);
    final ImportService imports;

    ImportHarness(Path folder) {
        imports = new ImportService(enterprises, folder, Fixtures.CLOCK);
    }

    ImportStatus csv(String text, ImportMode mode) throws IOException {
        ImportStatus queued = imports.submit(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV, StandardCharsets.UTF_8, mode);
        return finished(queued.id());
    }

    ImportStatus file(Path file, ImportFormat format, ImportMode mode) throws IOException {
        return finished(imports.submit(file, format, StandardCharsets.UTF_8, mode).id());
    }

    ImportStatus finished(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> imports.status(id).orElseThrow(), ImportStatus::finished);
    }

    List<String> report(String id) throws IOException {
        return Files.readAllLines(imports.report(id).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        imports.shutdown();
        db.close();
    }
}
