package org.yiwang.kernel.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a JDBC connection; the kernel owns the connection's lifecycle. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
