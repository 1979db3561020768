package org.yiwang.kernel.enterprises.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    private static InputStream skipBom(InputStream in, Charset charset) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return p;
        }
        byte[] head = p.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            p.unread(head);
        }
        return p;
    }

    @Override
    public String[] header() throws IOException {
        return next() ? row : null;
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
