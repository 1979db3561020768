package org.yiwang.kernel.enterprises.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an Office Open XML workbook (.xlsx), read with the JDK only: the zip, the
 * workbook's relationships, the shared strings and a streaming (StAX) pass over the sheet. Cells
 * come as their text: shared or inline strings as written, numbers as stored ({@code 120},
 * {@code 1850.5}, date cells as serial numbers, which {@link RowParser} converts).
 */
final class XlsxRows implements RowSource {

    private final ZipFile zip;
    private final List<String> shared;
    private final XMLStreamReader sheet;
    private final InputStream sheetStream;
    private String[] row;
    private long number;

    XlsxRows(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
        try {
            XlsxParts parts = XlsxParts.locate(zip);
            this.shared = parts.sharedStrings() == null ? List.of() : XlsxParts.sharedStrings(zip, parts.sharedStrings());
            ZipEntry entry = zip.getEntry(parts.firstSheet());
            if (entry == null) {
                throw new IOException("The workbook names sheet " + parts.firstSheet() + " but does not contain it");
            }
            this.sheetStream = zip.getInputStream(entry);
            this.sheet = XlsxParts.xml(sheetStream);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public boolean next() throws IOException {
        try {
            while (sheet.hasNext()) {
                if (sheet.next() == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                    String r = sheet.getAttributeValue(null, "r");
                    number = r == null ? number + 1 : Long.parseLong(r);
                    row = readRow();
                    if (!CsvRows.allBlank(row)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("The worksheet is not readable near row " + number + ": " + e.getMessage(), e);
        }
    }

    private String[] readRow() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int nextCol = 0;
        while (sheet.hasNext()) {
            int ev = sheet.next();
            if (ev == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                String ref = sheet.getAttributeValue(null, "r");
                int col = ref == null ? nextCol : column(ref);
                String type = sheet.getAttributeValue(null, "t");
                String value = cellValue(type);
                while (cells.size() < col) {
                    cells.add(null);
                }
                cells.add(value);
                nextCol = col + 1;
            }
        }
        return cells.toArray(new String[0]);
    }

    /** Reads up to the end of the current {@code c} element. */
    private String cellValue(String type) throws XMLStreamException {
        StringBuilder v = null;
        StringBuilder inline = null;
        int depth = 1;
        boolean inV = false;
        boolean inT = false;
        boolean inPhonetic = false;
        while (depth > 0) {
            int ev = sheet.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String n = sheet.getLocalName();
                inV = "v".equals(n);
                inT = "t".equals(n) && !inPhonetic;
                inPhonetic |= "rPh".equals(n);
                if (inV && v == null) {
                    v = new StringBuilder();
                }
                if (inT && inline == null) {
                    inline = new StringBuilder();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(sheet.getLocalName())) {
                    inPhonetic = false;
                }
                inV = false;
                inT = false;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inV) {
                    v.append(sheet.getText());
                } else if (inT) {
                    inline.append(sheet.getText());
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? null : inline.toString();
        }
        if (v == null) {
            return null;
        }
        if ("s".equals(type)) {
            int i = Integer.parseInt(v.toString().strip());
            return i >= 0 && i < shared.size() ? shared.get(i) : null;
        }
        if ("b".equals(type)) {
            return "1".equals(v.toString()) ? "TRUE" : "FALSE";
        }
        return v.toString();
    }

    /** Zero-based column of a cell reference such as {@code AB12}. */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return col - 1;
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
        try {
            sheet.close();
        } catch (XMLStreamException ignored) {
            // closing a reader over a zip stream that we close next
        }
        sheetStream.close();
        zip.close();
    }
}
