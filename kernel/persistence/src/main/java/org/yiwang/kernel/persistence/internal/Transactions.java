package org.yiwang.kernel.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.yiwang.kernel.api.persistence.PersistenceException;
import org.yiwang.kernel.api.persistence.SqlWork;

/**
 * Thread-bound transactions over a DataSource: the outermost {@link #inTransaction} opens a
 * connection, commits when the work returns and rolls back on any exception; nested calls on
 * the same thread join it, so a service can compose other transactional services.
 */
public final class Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T inTransaction(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(work, joined);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw rethrow(e);
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not open a database connection: " + e.getMessage(), e);
        }
    }

    public <T> T withConnection(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(work, joined);
        }
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new PersistenceException("Database error: " + e.getMessage(), e);
        }
    }

    private static <T> T run(SqlWork<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new PersistenceException("Database error: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException re) {
            return re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new PersistenceException("Database error: " + e.getMessage(), e);
    }
}
