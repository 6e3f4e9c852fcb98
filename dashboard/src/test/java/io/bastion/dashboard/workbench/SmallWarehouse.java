package io.bastion.dashboard.workbench;

import io.bastion.ingest.load.IngestSettings;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.TinyPark;
import io.bastion.sql.Warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A small real warehouse for the workbench's tests: migrated, with ingest's TinyPark registry and the park committee's
 * submission loaded (two members whose names and id numbers land in restricted.person_identity, a secretary in
 * restricted.organization_secretary) and one user in restricted.app_user.
 */
public final class SmallWarehouse
{
    static final String MEMBER_NAME = "赵一";
    static final String SECRETARY_NAME = "王书记";
    static final String PASSWORD_HASH = "$2a$10$abcdefghijklmnopqrstuvWXYZ0123456789abcdefghijklmnopq";

    private SmallWarehouse() {}

    public static Warehouse create(Path data)
    {
        try {
            Path inbox = Files.createDirectories(data.resolve("in"));
            Files.writeString(inbox.resolve("企业名录_2025-03.csv"), TinyPark.registryCsv(), UTF_8);
            Files.writeString(inbox.resolve("P001_2025-03.json"), TinyPark.committeeJson("2025-03", "2025-04-03"), UTF_8);
            Warehouse warehouse = Warehouse.open(data.resolve("warehouse.duckdb"));
            new Ingestion(warehouse, IngestSettings.defaults(data.resolve("archive"))).ingest(List.of(inbox), "cli", IngestionListener.SILENT);
            try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO restricted.app_user VALUES ('analyst', '分析员甲', 'ANALYST', NULL, '" + PASSWORD_HASH + "', true, now(), now())");
            }
            return warehouse;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every table of the warehouse (main and restricted) with its row count and a checksum of all its rows. */
    static Map<String, String> fingerprint(Warehouse warehouse)
    {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            List<String> names = new java.util.ArrayList<>();
            try (ResultSet result = statement.executeQuery(
                    "SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1")) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet result = statement.executeQuery("SELECT count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM " + name + " t")) {
                    result.next();
                    tables.put(name, result.getLong(1) + " rows, checksum " + result.getString(2));
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
