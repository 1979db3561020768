package org.yiwang.kernel.enterprises.internal.shell;

import java.io.PrintStream;
import org.yiwang.kernel.enterprises.internal.ImportService;
import org.yiwang.kernel.enterprises.internal.ImportStatus;

/** Polls an import job and prints a line per 10 % of each phase, then the summary. */
final class ProgressPrinter {

    private final PrintStream out;

    ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    void follow(ImportService imports, String id) throws InterruptedException, java.io.IOException {
        String phase = "";
        long lastTenth = -1;
        while (true) {
            ImportStatus s = imports.status(id).orElseThrow();
            if (!s.phase().equals(phase)) {
                phase = s.phase();
                lastTenth = -1;
            }
            if (s.totalRows() != null && s.totalRows() > 0 && !s.finished()) {
                long tenth = s.processedRows() * 10 / s.totalRows();
                if (tenth > lastTenth) {
                    lastTenth = tenth;
                    out.printf("%-10s %3d%%  %,d / %,d rows%n", phase, tenth * 10, s.processedRows(), s.totalRows());
                }
            }
            if (s.finished()) {
                out.println(s.state() + ": " + (s.message() == null ? "" : s.message().en()));
                out.printf("rows %,d, inserted %,d, updated %,d, rejected %,d%n",
                        s.totalRows() == null ? 0 : s.totalRows(), s.inserted(), s.updated(), s.rejected());
                if (s.rejected() > 0) {
                    imports.report(id).ifPresent(p -> out.println("Report of rejected rows: " + p));
                }
                return;
            }
            Thread.sleep(200);
        }
    }
}
