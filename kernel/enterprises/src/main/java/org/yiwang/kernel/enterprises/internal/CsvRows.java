package org.yiwang.kernel.enterprises.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/** CSV rows (RFC 4180, Commons CSV); a UTF-8 byte-order mark is skipped. */
final class CsvRows implements RowSource {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private String[] row;
    private long number;

    CsvRows(Path file, Charset charset) throws IOException {
        Reader reader = new InputStreamReader(skipBom(Files.newInputStream(file), charset), charset);
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    /** A UTF-8 byte-order mark (Excel writes one) is not part of the first header cell. */
    private static InputStream skipBom(InputStream in, Charset charset) throws IOException {
        return charset.equals(StandardCharsets.UTF_8) ? BOMInputStream.builder().setInputStream(in).get() : in;
    }

    @Override
    public boolean next() throws IOException {
        try {
            while (records.hasNext()) {
                CSVRecord r = records.next();
                number = r.getRecordNumber();
                row = r.values();
                if (!allBlank(row)) {
                    return true;
                }
            }
            return false;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static boolean allBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String[] row() {
        return row;
    }

    @Override
    public long rowNumber() {
        return number;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
