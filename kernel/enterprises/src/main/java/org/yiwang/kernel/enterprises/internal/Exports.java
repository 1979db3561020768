package org.yiwang.kernel.enterprises.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.yiwang.kernel.standards.region.RegionRegistry;

/** Streams every enterprise matching a filter to an output stream as CSV or exchange JSON. */
final class Exports {

    private Exports() {
    }

    static void csv(EnterpriseService enterprises, SearchFilter filter, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try (CsvExport csv = new CsvExport(w)) {
            enterprises.scan(filter, chunk -> unchecked(() -> csv.write(chunk)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void json(EnterpriseService enterprises, SearchFilter filter, OutputStream out) throws IOException {
        try (JsonExport json = new JsonExport(out, RegionRegistry.bundled())) {
            enterprises.scan(filter, chunk -> unchecked(() -> json.write(chunk)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private static void unchecked(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
