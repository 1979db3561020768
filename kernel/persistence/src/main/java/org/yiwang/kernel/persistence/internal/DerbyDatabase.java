package org.yiwang.kernel.persistence.internal;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.persistence.MigrationException;
import org.yiwang.kernel.api.persistence.SqlWork;
import org.yiwang.kernel.persistence.EmbeddedDerby;

/**
 * The platform's {@link Database} service: embedded Derby under Karaf's data folder (or
 * {@code derby.directory}), created on first start and shut down cleanly when the component stops.
 */
@Component(service = Database.class, configurationPid = "org.yiwang.persistence", immediate = true)
@Designate(ocd = PersistenceConfig.class)
public final class DerbyDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabase.class);
    /**
     * Derby's transaction log buffer (its default is 32 KiB): a large import fills the small one
     * thousands of times a second and the writing thread then waits for each flush to the log file.
     */
    static final int LOG_BUFFER_BYTES = 1 << 20;

    private final EmbeddedDerby derby;

    @Activate
    public DerbyDatabase(PersistenceConfig config) {
        if (!"derby-embedded".equals(config.type())) {
            throw new IllegalArgumentException("org.yiwang.persistence: type '" + config.type()
                    + "' is not supported by this release; use 'derby-embedded'");
        }
        Path directory = directory(config.derby_directory());
        keepDerbyLogInLogFolder();
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            System.setProperty("derby.storage.pageCacheSize", String.valueOf(Math.max(40, config.derby_pageCacheSize())));
        }
        if (System.getProperty("derby.storage.logBufferSize") == null) {
            System.setProperty("derby.storage.logBufferSize", String.valueOf(LOG_BUFFER_BYTES));
        }
        derby = EmbeddedDerby.open(directory);
    }

    @Deactivate
    void shutdown() {
        derby.close();
    }

    @Override
    public DataSource dataSource() {
        return derby.dataSource();
    }

    @Override
    public int migrate(String moduleId, Class<?> anchor) {
        try {
            return derby.migrate(moduleId, anchor);
        } catch (MigrationException e) {
            LOG.error("Schema migration failed: {}", e.getMessage());
            throw e;
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return derby.inTransaction(work);
    }

    @Override
    public <T> T withConnection(SqlWork<T> work) {
        return derby.withConnection(work);
    }

    @Override
    public boolean isReachable() {
        return derby.isReachable();
    }

    @Override
    public String productName() {
        return derby.productName();
    }

    private static Path directory(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return Path.of(System.getProperty("karaf.data", "data"), "yiwang", "derby");
    }

    /** derby.log goes to Karaf's log folder, not the working directory. */
    private static void keepDerbyLogInLogFolder() {
        if (System.getProperty("derby.stream.error.file") == null) {
            String logDir = System.getProperty("karaf.log", System.getProperty("karaf.data", "data") + "/log");
            System.setProperty("derby.stream.error.file", Path.of(logDir, "derby.log").toAbsolutePath().toString());
        }
        System.setProperty("derby.infolog.append", "true");
    }
}
