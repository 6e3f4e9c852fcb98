package io.bastion.sql;

import javax.sql.DataSource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/** Hands Flyway fresh duplicates of the warehouse's connection; DuckDB allows one writer process. */
final class SingleConnectionDataSource
        implements DataSource
{
    private final Warehouse warehouse;

    SingleConnectionDataSource(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    @Override
    public Connection getConnection()
    {
        return warehouse.connect();
    }

    @Override
    public Connection getConnection(String username, String password)
    {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter()
    {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout()
    {
        return 0;
    }

    @Override
    public Logger getParentLogger()
            throws SQLFeatureNotSupportedException
    {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type)
    {
        throw new UnsupportedOperationException("unwrap");
    }

    @Override
    public boolean isWrapperFor(Class<?> type)
    {
        return false;
    }
}
