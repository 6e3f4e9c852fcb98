package io.bastion.dashboard.ingest;

import io.bastion.sql.Warehouse;
import io.bastion.sql.WarehouseSqlException;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.bastion.sql.generated.default_schema.Tables.PULLED_FILE;
import static java.util.Objects.requireNonNull;

/** The pulled_file table: which version of which remote file each HTTP source has already given us. */
@Component
public final class PulledFiles
{
    private final Warehouse warehouse;

    public PulledFiles(Warehouse warehouse)
    {
        this.warehouse = warehouse;
    }

    /** The versions already pulled from a source. */
    public Set<Version> pulled(String sourceName)
    {
        try (DuckDBConnection connection = warehouse.connect()) {
            return new HashSet<>(Warehouse.dsl(connection)
                    .select(PULLED_FILE.REMOTE_NAME, PULLED_FILE.VERSION_TAG)
                    .from(PULLED_FILE)
                    .where(PULLED_FILE.SOURCE_NAME.eq(sourceName))
                    .fetch(record -> new Version(record.value1(), record.value2())));
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("read pulled files", e);
        }
    }

    /** Records files as pulled, in one transaction; a version recorded before is left as it was. */
    public void record(String sourceName, List<Pulled> files)
    {
        if (files.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        try (DuckDBConnection connection = warehouse.connect()) {
            Warehouse.dsl(connection).transaction(configuration -> {
                DSLContext dsl = configuration.dsl();
                for (Pulled file : files) {
                    dsl.insertInto(PULLED_FILE)
                            .set(PULLED_FILE.SOURCE_NAME, sourceName)
                            .set(PULLED_FILE.REMOTE_NAME, file.version().remoteName())
                            .set(PULLED_FILE.VERSION_TAG, file.version().tag())
                            .set(PULLED_FILE.SHA256, file.sha256())
                            .set(PULLED_FILE.PULLED_AT, now)
                            .onConflictDoNothing()
                            .execute();
                }
            });
        }
        catch (SQLException e) {
            throw new WarehouseSqlException("record pulled files", e);
        }
    }

    /** A remote file's name and version tag (the listing's sha256, else the ETag or Last-Modified, else the content's hash). */
    public record Version(String remoteName, String tag)
    {
        public Version
        {
            requireNonNull(remoteName, "remoteName is null");
            requireNonNull(tag, "tag is null");
        }
    }

    /** A version pulled, with the hash of the bytes received. */
    public record Pulled(Version version, String sha256)
    {
        public Pulled
        {
            requireNonNull(version, "version is null");
            requireNonNull(sha256, "sha256 is null");
        }
    }
}
