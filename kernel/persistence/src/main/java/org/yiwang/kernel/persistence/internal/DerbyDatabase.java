package org.yiwang.kernel.persistence.internal;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.persistence.MigrationException;
import org.yiwang.kernel.api.persistence.SqlWork;

/**
 * The default platform database: Apache Derby embedded, stored under Karaf's data folder
 * (or {@code derby.directory}). The database is created on first start and shut down cleanly
 * when the component stops, so data survives restarts.
 */
@Component(service = Database.class, configurationPid = "org.yiwang.persistence", immediate = true)
@Designate(ocd = PersistenceConfig.class)
public final class DerbyDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabase.class);

    private final EmbeddedDataSource dataSource;
    private final Transactions tx;
    private final SchemaMigrator migrator;
    private final String product;

    @Activate
    public DerbyDatabase(PersistenceConfig config) {
        if (!"derby-embedded".equals(config.type())) {
            throw new IllegalArgumentException("org.yiwang.persistence: type '" + config.type()
                    + "' is not supported by this release; use 'derby-embedded'");
        }
        File directory = directory(config.derby_directory());
        prepareDerbySystem(directory.getParentFile());
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.getAbsolutePath());
        dataSource.setCreateDatabase("create");
        tx = new Transactions(dataSource);
        migrator = new SchemaMigrator(tx, Clock.systemUTC());
        product = tx.withConnection(c -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion() + " (embedded)");
        dataSource.setCreateDatabase(null);
        LOG.info("Database ready: {} at {}", product, directory);
    }

    @Deactivate
    void shutdown() {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(dataSource.getDatabaseName());
        stop.setShutdownDatabase("shutdown");
        try (Connection ignored = stop.getConnection()) {
            LOG.warn("Derby did not confirm the shutdown of {}", dataSource.getDatabaseName());
        } catch (SQLException expected) {
            LOG.info("Database closed: {}", dataSource.getDatabaseName());
        }
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public int migrate(String moduleId, Class<?> anchor) {
        try {
            return migrator.migrate(moduleId, BundleScripts.of(anchor));
        } catch (MigrationException e) {
            LOG.error("Schema migration failed: {}", e.getMessage());
            throw e;
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return tx.inTransaction(work);
    }

    @Override
    public <T> T withConnection(SqlWork<T> work) {
        return tx.withConnection(work);
    }

    @Override
    public boolean isReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public String productName() {
        return product;
    }

    private static File directory(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new File(configured.strip());
        }
        String data = System.getProperty("karaf.data", "data");
        return new File(new File(data, "yiwang"), "derby");
    }

    /** Keeps derby.log out of the working directory: it goes to the log folder beside the data. */
    private static void prepareDerbySystem(File home) {
        home.mkdirs();
        if (System.getProperty("derby.stream.error.file") == null) {
            String logDir = System.getProperty("karaf.log", home.getAbsolutePath());
            System.setProperty("derby.stream.error.file", new File(logDir, "derby.log").getAbsolutePath());
        }
        System.setProperty("derby.infolog.append", "true");
    }
}
