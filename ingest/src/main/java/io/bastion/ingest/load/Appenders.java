package io.bastion.ingest.load;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DuckDB appenders for the tables a load writes, opened on first use inside the load's
 * transaction and flushed when closed, before the rebuild statements read them.
 */
final class Appenders
        implements AutoCloseable
{
    private final DuckDBConnection connection;
    private final Map<String, DuckDBAppender> open = new LinkedHashMap<>();

    Appenders(DuckDBConnection connection)
    {
        this.connection = connection;
    }

    DuckDBAppender table(String schema, String table)
            throws SQLException
    {
        String key = schema + "." + table;
        DuckDBAppender appender = open.get(key);
        if (appender == null) {
            appender = connection.createAppender(schema, table);
            open.put(key, appender);
        }
        return appender;
    }

    DuckDBAppender table(String table)
            throws SQLException
    {
        return table("main", table);
    }

    DuckDBAppender submission()
            throws SQLException
    {
        return table("fact_submission");
    }

    DuckDBAppender quarantine()
            throws SQLException
    {
        return table("quarantine");
    }

    @Override
    public void close()
            throws SQLException
    {
        SQLException failure = null;
        for (DuckDBAppender appender : open.values()) {
            // DuckDB's close() flushes the last rows but swallows a failure to write them; the
            // transaction is then aborted and only a later statement reports it, without the cause.
            try {
                appender.flush();
            }
            catch (SQLException e) {
                failure = first(failure, e);
            }
        }
        for (DuckDBAppender appender : open.values()) {
            try {
                appender.close();
            }
            catch (SQLException e) {
                failure = first(failure, e);
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException first(SQLException failure, SQLException next)
    {
        if (failure == null) {
            return next;
        }
        failure.addSuppressed(next);
        return failure;
    }
}
