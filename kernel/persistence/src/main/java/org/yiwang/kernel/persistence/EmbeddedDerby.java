package org.yiwang.kernel.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.persistence.PersistenceException;
import org.yiwang.kernel.api.persistence.SqlWork;
import org.yiwang.kernel.persistence.internal.MigrationScripts;
import org.yiwang.kernel.persistence.internal.SchemaMigrator;
import org.yiwang.kernel.persistence.internal.Transactions;

/**
 * An embedded Apache Derby database as a {@link Database}: what the platform runs on by default,
 * and what module tests and benchmarks use outside OSGi ({@code EmbeddedDerby.open(dir)} or
 * {@code inMemory(name)}). Booting — on first use creating — the database runs in the background;
 * every use waits for it. {@link #close()} shuts the database down cleanly.
 */
public final class EmbeddedDerby implements Database, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDerby.class);

    private final EmbeddedDataSource dataSource;
    private final Transactions tx;
    private final SchemaMigrator migrator;
    private final CompletableFuture<String> ready;

    private EmbeddedDerby(String databaseName) {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(databaseName);
        dataSource.setCreateDatabase("create");
        tx = new Transactions(dataSource);
        migrator = new SchemaMigrator(tx, Clock.systemUTC());
        ready = CompletableFuture.supplyAsync(() -> {
            String product = tx.withConnection(c -> c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " (embedded)");
            LOG.info("Database ready: {} at {}", product, databaseName);
            return product;
        }, r -> new Thread(r, "yiwang-derby-boot").start());
    }

    /** Opens (creating if needed) the database stored in {@code directory}. */
    public static EmbeddedDerby open(Path directory) {
        directory.toAbsolutePath().getParent().toFile().mkdirs();
        return new EmbeddedDerby(directory.toAbsolutePath().toString());
    }

    /** A throw-away in-memory database (tests). */
    public static EmbeddedDerby inMemory(String name) {
        return new EmbeddedDerby("memory:" + name);
    }

    private void awaitReady() {
        try {
            ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new PersistenceException("Database did not start", e.getCause());
        }
    }

    @Override
    public DataSource dataSource() {
        awaitReady();
        return dataSource;
    }

    @Override
    public int migrate(String moduleId, Class<?> anchor) {
        awaitReady();
        return migrator.migrate(moduleId, MigrationScripts.of(anchor));
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        awaitReady();
        return tx.inTransaction(work);
    }

    @Override
    public <T> T withConnection(SqlWork<T> work) {
        awaitReady();
        return tx.withConnection(work);
    }

    @Override
    public boolean isReachable() {
        try {
            awaitReady();
        } catch (RuntimeException e) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public String productName() {
        return ready.getNow("Apache Derby (starting)");
    }

    /** Shuts the database down (Derby confirms with an SQLException, which is expected). */
    @Override
    public void close() {
        ready.handle((product, failure) -> null).join();
        String name = dataSource.getDatabaseName();
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(name);
        stop.setShutdownDatabase("shutdown");
        try (Connection ignored = stop.getConnection()) {
            LOG.warn("Derby did not confirm the shutdown of {}", name);
        } catch (SQLException expected) {
            LOG.info("Database closed: {}", name);
        }
    }
}
