package org.yiwang.kernel.enterprises.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** The rows of an import file, read once, front to back. The first non-empty row is the header. */
interface RowSource extends Closeable {

    /** The header row (the first non-empty one); null when the file has no row at all. */
    default String[] header() throws IOException {
        return next() ? row() : null;
    }

    /** Advances to the next non-empty data row; false at the end. */
    boolean next() throws IOException;

    /** The current row's cells (may be shorter or longer than the header). */
    String[] row();

    /** The current row's number as a person sees it: the header is row 1 (spreadsheet row for XLSX). */
    long rowNumber();

    static RowSource open(Path file, ImportFormat format, Charset charset) throws IOException {
        return format == ImportFormat.XLSX ? new XlsxRows(file) : new CsvRows(file, charset);
    }
}
