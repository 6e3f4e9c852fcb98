package io.bastion.ingest.load;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppendersTest
{
    /** DuckDB's own close() drops this error; the transaction is then aborted and the next statement says only that. */
    @Test
    void closingReportsWhyTheLastRowsCouldNotBeWritten()
            throws SQLException
    {
        try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE archived (file_id BIGINT PRIMARY KEY, original_name VARCHAR)");
            statement.execute("INSERT INTO archived VALUES (7, 'B001_2025-03_组织生活.csv')");
            connection.setAutoCommit(false);
            Appenders appenders = new Appenders(connection);
            appenders.table("archived").beginRow().append(7L).append("B001_2025-03_组织生活.csv").endRow();

            assertThatThrownBy(appenders::close)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("table: 'archived'")
                    .hasMessageContaining("Duplicate key \"file_id: 7\" violates primary key constraint");
            connection.rollback();
        }
    }
}
