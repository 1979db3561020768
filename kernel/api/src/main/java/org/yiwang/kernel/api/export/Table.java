package org.yiwang.kernel.api.export;

import java.util.List;
import org.yiwang.kernel.api.LocalizedText;

/**
 * A sheet to export: a file name (without extension), localized column headers and rows of cell
 * values. Cell values are {@code String}, {@code Number}, {@code Boolean}, {@code java.time.LocalDate},
 * {@code java.time.Instant}, {@link LocalizedText} or null; anything else is written with
 * {@code toString()}. Write codes as people read them (region and industry names, status in
 * words), not as enum constants.
 *
 * <p>Return it from a JAX-RS method annotated
 * {@code @Produces({Table.XLSX, Table.CSV})}; the kernel's writer renders it in the caller's
 * language ({@code Accept-Language}) and sets {@code Content-Disposition} from {@link #fileName()}.
 * Rows may be a lazily produced list; keep exports bounded (the writer does not page).
 */
public record Table(LocalizedText fileName, List<LocalizedText> headers, List<List<Object>> rows) {

    /** Media type of an Excel workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Media type of comma-separated values (UTF-8 with a byte-order mark, so Excel reads Chinese). */
    public static final String CSV = "text/csv";

    public Table {
        headers = List.copyOf(headers);
    }
}
