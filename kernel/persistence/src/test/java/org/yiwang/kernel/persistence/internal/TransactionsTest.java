package org.yiwang.kernel.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.persistence.PersistenceException;

class TransactionsTest {

    private Transactions tx;

    @BeforeEach
    void setUp() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:t" + UUID.randomUUID().toString().replace("-", ""));
        ds.setCreateDatabase("create");
        tx = new Transactions(ds);
        tx.withConnection(c -> c.createStatement().execute("CREATE TABLE t_row (id INT PRIMARY KEY)"));
    }

    @Test
    void commitsOnReturn() {
        tx.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO t_row VALUES (1)"));
        assertEquals(1, rows());
    }

    @Test
    void rollsBackEverythingOnAnyException() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
            c.createStatement().executeUpdate("INSERT INTO t_row VALUES (1)");
            throw new IllegalStateException("refused half-way");
        }));
        assertEquals("refused half-way", thrown.getMessage());
        assertEquals(0, rows());
    }

    @Test
    void sqlErrorsBecomePersistenceExceptionsAndRollBack() {
        assertThrows(PersistenceException.class, () -> tx.inTransaction(c -> {
            c.createStatement().executeUpdate("INSERT INTO t_row VALUES (1)");
            return c.createStatement().executeUpdate("INSERT INTO t_row VALUES (1)");
        }));
        assertEquals(0, rows());
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() {
        assertThrows(IllegalStateException.class, () -> tx.inTransaction(outer -> {
            tx.inTransaction(inner -> {
                assertSame(outer, inner);
                return inner.createStatement().executeUpdate("INSERT INTO t_row VALUES (2)");
            });
            assertEquals(1, rows(), "reads inside the transaction see its own writes");
            throw new IllegalStateException("outer fails after inner succeeded");
        }));
        assertEquals(0, rows());
    }

    private int rows() {
        return tx.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t_row")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
