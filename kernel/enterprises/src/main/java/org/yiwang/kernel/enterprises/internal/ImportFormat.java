package org.yiwang.kernel.enterprises.internal;

import java.util.Locale;
import java.util.Optional;

/** File formats of an import, by media type or file name. */
public enum ImportFormat {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ImportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** By media type without parameters, e.g. {@code text/csv}. */
    public static Optional<ImportFormat> ofMediaType(String type) {
        for (ImportFormat f : values()) {
            if (f.mediaType.equalsIgnoreCase(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** By file name extension ({@code .csv}, {@code .xlsx}). */
    public static Optional<ImportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (lower.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
