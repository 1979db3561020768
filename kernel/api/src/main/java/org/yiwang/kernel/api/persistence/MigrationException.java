package org.yiwang.kernel.api.persistence;

/** A schema migration failed or found an applied script changed; the module must not start. */
public class MigrationException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    public MigrationException(String message) {
        super(message, null);
    }
}
