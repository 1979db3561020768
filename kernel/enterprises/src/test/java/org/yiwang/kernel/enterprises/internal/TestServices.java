package org.yiwang.kernel.enterprises.internal;

import java.nio.file.Path;
import java.time.Clock;
import org.yiwang.kernel.api.persistence.Database;

/** Builds the module's services outside OSGi for tests and benchmarks. */
public final class TestServices {

    private TestServices() {
    }

    public static EnterpriseService enterprises(Database db, Clock clock) {
        return new EnterpriseService(db, clock);
    }

    public static ImportService imports(EnterpriseService enterprises, Path folder, Clock clock) {
        return new ImportService(enterprises, folder, clock);
    }

    public static void shutdown(ImportService imports) {
        imports.shutdown();
    }
}
