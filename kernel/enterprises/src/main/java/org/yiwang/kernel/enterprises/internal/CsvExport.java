package org.yiwang.kernel.enterprises.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.Enterprise;

/**
 * Enterprises as CSV with the import's header ({@link Fields#COLUMNS}), UTF-8 with a byte-order
 * mark: importing the file again yields the same profiles. {@code sizeClass} is informative (the
 * import recomputes it).
 */
final class CsvExport implements AutoCloseable {

    private final CSVPrinter out;

    CsvExport(Writer writer) throws IOException {
        writer.write('\uFEFF');
        this.out = new CSVPrinter(writer, CSVFormat.RFC4180);
        out.printRecord(Fields.COLUMNS);
    }

    void write(List<Enterprise> chunk) throws IOException {
        for (Enterprise e : chunk) {
            out.printRecord(e.uscc(), e.name(), e.regionCode(), e.industryCode(), e.sizeClass(), e.employees(),
                    plain(e.operatingRevenue()), plain(e.totalAssets()), e.establishedOn(), plain(e.rdExpense()),
                    e.ipClassOne(), e.ipTotal(),
                    e.tiers().stream().map(t -> t.tier() + ":" + t.awardedOn()).collect(Collectors.joining(";")),
                    e.contacts().stream().map(CsvExport::contact).collect(Collectors.joining(";")),
                    String.join(";", e.tags()));
        }
    }

    private static String contact(Contact c) {
        return nz(c.name()) + "|" + nz(c.role()) + "|" + nz(c.phone()) + "|" + nz(c.email());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    @Override
    public void close() throws IOException {
        out.flush(); // the target stream stays open
    }
}
