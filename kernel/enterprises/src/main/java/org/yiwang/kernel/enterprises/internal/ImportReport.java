package org.yiwang.kernel.enterprises.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.yiwang.kernel.api.problem.FieldError;

/**
 * The rejected rows of an import as CSV (UTF-8 with a byte-order mark, so Excel shows the Chinese
 * right): one line per broken rule with the row number, the column as headed in the file, the rule,
 * the message in both languages and the cell's original value.
 */
final class ImportReport implements AutoCloseable {

    static final String[] HEADER = {"row", "column", "rule", "message_zh", "message_en", "value"};

    private final CSVPrinter out;

    ImportReport(Path file) throws IOException {
        Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        this.out = new CSVPrinter(w, CSVFormat.RFC4180);
        out.printRecord((Object[]) HEADER);
    }

    /** An empty report (header only), e.g. for a job that failed before reading rows. */
    static void empty(Path file) throws IOException {
        new ImportReport(file).close();
    }

    void rejected(long row, List<FieldError> errors, String[] cells, ImportColumns columns) throws IOException {
        for (FieldError e : errors) {
            String field = Fields.columnOf(e.field());
            boolean known = Fields.COLUMNS.contains(field);
            out.printRecord(row, known ? columns.label(field) : field, e.rule(), e.message().zh(), e.message().en(),
                    known ? safe(columns.cell(cells, field)) : "");
        }
    }

    /** Keeps spreadsheet programs from evaluating a reported value as a formula. */
    private static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' ? "'" + value : value;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
