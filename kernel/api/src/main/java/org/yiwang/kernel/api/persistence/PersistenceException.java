package org.yiwang.kernel.api.persistence;

/** A database failure that the caller could not prevent (I/O, a broken connection, a bug in SQL). */
public class PersistenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
