package org.yiwang.kernel.api.persistence;

import javax.sql.DataSource;

/**
 * The platform database as modules see it: a plain {@link DataSource}, per-module schema
 * migrations and transactions. Nothing here is specific to the database product, so a module
 * written against embedded Derby runs unchanged on PostgreSQL.
 */
public interface Database {

    DataSource dataSource();

    /**
     * Brings the module's tables up to date. Scripts are read from the bundle that contains
     * {@code anchor}, folder {@code db/migration/}, named {@code V<n>__<description>.sql} and applied
     * in order of {@code n}, each in its own transaction, recorded with a checksum. Applied scripts
     * must never change: a changed checksum fails the migration. Every table a script creates must
     * be prefixed {@code <moduleId>_}. Call it from the activation of the component that owns the
     * module's storage; it is idempotent and safe to call on every start.
     *
     * @return the module's schema version after migrating (0 if it has no scripts)
     * @throws MigrationException when a script fails or an applied script was changed
     */
    int migrate(String moduleId, Class<?> anchor);

    /** Runs work in a transaction: commits on return, rolls back on any exception. Nested calls join. */
    <T> T inTransaction(SqlWork<T> work);

    /** Runs read-only or single-statement work on a connection in auto-commit mode. */
    <T> T withConnection(SqlWork<T> work);

    /** Whether the database answers right now (used by health checks). */
    boolean isReachable();

    /** A short product name for operators, e.g. {@code Apache Derby 10.16 (embedded)}. */
    String productName();
}
