package org.yiwang.kernel.standards.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 reader for the bundled reference tables: comma separated, optional double
 * quotes (a doubled quote inside quotes is a literal quote), one record per line. Lines that are
 * empty or start with {@code #} are comments.
 */
public final class Csv {

    private Csv() {
    }

    /** Parses all records of a table; the first non-comment line is the header and is dropped. */
    public static List<List<String>> records(List<String> lines, String expectedHeaderStart) {
        List<List<String>> out = new ArrayList<>();
        boolean header = true;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            if (header) {
                if (!line.startsWith(expectedHeaderStart)) {
                    throw new IllegalStateException("line " + lineNo + ": expected header starting '"
                            + expectedHeaderStart + "' but found '" + line + "'");
                }
                header = false;
                continue;
            }
            out.add(parseLine(line, lineNo));
        }
        return out;
    }

    /** The {@code @key=value} metadata lines of a table, in file order. */
    public static java.util.Map<String, String> metadata(List<String> lines) {
        java.util.Map<String, String> meta = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (line.startsWith("@") && eq > 1) {
                meta.put(line.substring(1, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return meta;
    }

    /** Splits one CSV line into fields. */
    public static List<String> parseLine(String line, int lineNo) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException("line " + lineNo + ": unterminated quote");
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
