package org.yiwang.kernel.enterprises.internal.shell;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.enterprises.internal.ImportFormat;
import org.yiwang.kernel.enterprises.internal.ImportMode;
import org.yiwang.kernel.enterprises.internal.ImportService;
import org.yiwang.kernel.enterprises.internal.ImportStatus;

/** {@code yiwang:enterprise-import <file> [--mode …]}: imports a CSV or XLSX file, showing progress. */
@Service
@Command(scope = "yiwang", name = "enterprise-import", description = "Import enterprises from a CSV or XLSX file")
public final class EnterpriseImportCommand implements Action {

    @Argument(index = 0, name = "file", required = true, description = "Path of the .csv or .xlsx file")
    String file;

    @Option(name = "--mode", description = "all-or-nothing (default) or skip-bad-rows")
    String mode = "all-or-nothing";

    @Option(name = "--charset", description = "Encoding of a CSV file (default UTF-8, e.g. GBK)")
    String charset = "UTF-8";

    @Reference
    ImportService imports;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            out.println("No such file: " + path);
            return null;
        }
        ImportFormat format = ImportFormat.ofFileName(path.toString()).orElse(null);
        if (format == null) {
            out.println("The file must end in .csv or .xlsx");
            return null;
        }
        ImportStatus status;
        try {
            status = imports.submit(path, format, Charset.forName(charset), ImportMode.of(mode));
        } catch (ProblemException e) {
            out.println("Refused: " + (e.detail() == null ? e.type().title().en() : e.detail().en()));
            for (FieldError fe : e.errors()) {
                out.println("  " + fe.field() + " (" + fe.rule() + "): " + fe.message().en());
            }
            return null;
        }
        out.println("Import " + status.id() + " queued (" + format + ", " + status.mode() + ")");
        new ProgressPrinter(out).follow(imports, status.id());
        return null;
    }
}
