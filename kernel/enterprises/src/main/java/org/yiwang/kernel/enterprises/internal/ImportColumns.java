package org.yiwang.kernel.enterprises.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;

/**
 * The header row of an import file: which field each column holds. Accepts the JSON field names
 * (as the export writes them) and the Chinese headers, case-insensitively and ignoring spaces and a
 * leading byte-order mark. Unknown, repeated or missing required columns refuse the whole file.
 */
final class ImportColumns {

    private final int[] fieldOf;
    private final String[] labels;
    private final int[] columnOf;

    private ImportColumns(int[] fieldOf, String[] labels) {
        this.fieldOf = fieldOf;
        this.labels = labels;
        this.columnOf = new int[Fields.COLUMNS.size()];
        Arrays.fill(columnOf, -1);
        for (int col = 0; col < fieldOf.length; col++) {
            if (fieldOf[col] >= 0) {
                columnOf[fieldOf[col]] = col;
            }
        }
    }

    /** @throws ProblemException 400 listing every unknown, repeated or missing column */
    static ImportColumns of(String[] header) {
        List<FieldError> errors = new ArrayList<>();
        int[] fieldOf = new int[header.length];
        String[] labels = new String[header.length];
        boolean[] seen = new boolean[Fields.COLUMNS.size()];
        for (int col = 0; col < header.length; col++) {
            String label = header[col] == null ? "" : header[col].replace("\uFEFF", "").strip();
            labels[col] = label;
            fieldOf[col] = -1;
            if (label.isEmpty()) {
                continue;
            }
            int field = fieldIndex(label);
            if (field < 0) {
                Messages.add(errors, label, "unknown-column", "未知的列：" + label + "（第 " + (col + 1) + " 列）",
                        "Unknown column " + label + " (column " + (col + 1) + ")");
            } else if (seen[field]) {
                Messages.add(errors, label, "duplicate-column", "列重复：" + label, "Column " + label + " appears twice");
            } else {
                seen[field] = true;
                fieldOf[col] = field;
            }
        }
        for (String required : Fields.REQUIRED_COLUMNS) {
            if (!seen[Fields.COLUMNS.indexOf(required)]) {
                Messages.add(errors, required, "required-column", "缺少必需的列：" + required + "（"
                        + Fields.COLUMNS_ZH.get(Fields.COLUMNS.indexOf(required)) + "）", "Missing required column " + required);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ImportColumns(fieldOf, labels);
    }

    private static int fieldIndex(String label) {
        String key = label.replace(" ", "").replace("\u3000", "");
        for (int i = 0; i < Fields.COLUMNS.size(); i++) {
            if (Fields.COLUMNS.get(i).equalsIgnoreCase(key) || Fields.COLUMNS_ZH.get(i).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The cell of a field in a row, or null when the file has no such column or the row is short. */
    String cell(String[] row, String field) {
        int col = columnOf[Fields.COLUMNS.indexOf(field)];
        return col < 0 || col >= row.length ? null : row[col];
    }

    /** The header as written in the file for a field (for the report); the field name if absent. */
    String label(String field) {
        int col = columnOf[Fields.COLUMNS.indexOf(field)];
        return col < 0 ? field : labels[col];
    }

    int width() {
        return fieldOf.length;
    }
}
