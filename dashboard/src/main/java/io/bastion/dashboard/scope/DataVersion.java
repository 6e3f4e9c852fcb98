package io.bastion.dashboard.scope;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * Which data the pages are drawn from: the latest analysis run that committed its marts (marts and status 'done' commit in
 * one transaction) and the latest ingestion run that ended. Whatever is kept in memory for the pages — the organization
 * tree, the analysed months, the KPI families' answers — is kept per version. The application's own runs say when they
 * end ({@link #changed()}); the version is also read again at most every {@link #RECHECK_MILLIS} ms, so nothing kept can
 * outlive a change made some other way by more than that.
 */
@Component
public final class DataVersion
{
    static final long RECHECK_MILLIS = 2_000;
    private static final String QUERY = """
            SELECT (SELECT coalesce(max(analysis_id), 0) FROM analysis_run WHERE status = 'done'),
                   (SELECT coalesce(max(run_id), 0) FROM ingest_run WHERE finished_at IS NOT NULL)""";

    /** The analysis run the marts come from and the last finished ingestion run (0 for none). */
    public record Version(long analysis, long ingestion)
    {
    }

    private final Warehouse warehouse;
    private final ReentrantLock rereading = new ReentrantLock();
    private volatile Version current;
    private volatile long readAt;

    public DataVersion(Warehouse warehouse)
    {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
    }

    public Version current()
    {
        Version version = current;
        if (version == null) {
            return read();
        }
        // One request reads the version again; those arriving meanwhile go on with the one just read, not a query each.
        if (System.currentTimeMillis() - readAt > RECHECK_MILLIS && rereading.tryLock()) {
            try {
                if (System.currentTimeMillis() - readAt > RECHECK_MILLIS) {
                    read();
                }
            }
            finally {
                rereading.unlock();
            }
        }
        return current;
    }

    /** An ingestion or analysis run of this application has ended: read the version now. */
    public void changed()
    {
        read();
    }

    private Version read()
    {
        try (DuckDBConnection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            Version version = new Version(row.getLong(1), row.getLong(2));
            current = version;
            readAt = System.currentTimeMillis();
            return version;
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read the data version", e);
        }
    }
}
