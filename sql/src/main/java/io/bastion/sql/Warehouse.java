package io.bastion.sql;

import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * The warehouse file: opens the embedded DuckDB database read-write, brings its schema up to date
 * with the versioned migrations, and hands out connections to it.
 */
public final class Warehouse
        implements AutoCloseable
{
    private final Path file;
    private final DuckDBConnection root;

    private Warehouse(Path file, DuckDBConnection root)
    {
        this.file = file;
        this.root = root;
    }

    /** Opens (creating if needed) the warehouse file and applies pending migrations. */
    public static Warehouse open(Path file)
    {
        requireNonNull(file, "file is null");
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DuckDBConnection root;
        try {
            root = (DuckDBConnection) DriverManager.getConnection(jdbcUrl(absolute), new Properties());
        }
        catch (SQLException e) {
            throw WarehouseUnavailableException.whileOpening(absolute, e);
        }
        Warehouse warehouse = new Warehouse(absolute, root);
        warehouse.migrate();
        return warehouse;
    }

    public static String jdbcUrl(Path file)
    {
        return "jdbc:duckdb:" + file.toAbsolutePath().normalize();
    }

    public Path file()
    {
        return file;
    }

    /** A new connection to the same database instance; the caller closes it. */
    public DuckDBConnection connect()
    {
        try {
            return (DuckDBConnection) root.duplicate();
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("duplicate connection", e);
        }
    }

    /** A jOOQ context over a connection the caller owns. */
    public static DSLContext dsl(Connection connection)
    {
        return DSL.using(connection, SQLDialect.DUCKDB);
    }

    private void migrate()
    {
        Flyway.configure()
                .dataSource(new SingleConnectionDataSource(this))
                .locations("classpath:db/migration")
                .schemas("main", "restricted")
                // Features bring their migrations in parallel; a warehouse made between two of them still takes the other.
                .outOfOrder(true)
                // A repeatable migration that was split or renamed (R__kpi_oracle.sql, now R__kpi_oracle_*.sql) stays in the
                // history of older warehouses; the files that replace it CREATE OR REPLACE everything it made.
                .ignoreMigrationPatterns("*:future", "repeatable:missing")
                .load()
                .migrate();
        // The schema's DDL goes into the database file now: a process killed later leaves only data changes in the WAL,
        // and DuckDB 1.5 cannot replay some migrations' DDL (schema restricted's views and defaults) from it.
        try (var statement = root.createStatement()) {
            statement.execute("CHECKPOINT");
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("checkpoint after migrating", e);
        }
    }

    @Override
    public void close()
    {
        try {
            root.close();
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("close", e);
        }
    }
}
