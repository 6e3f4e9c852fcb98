package io.bastion.ingest.load;

import io.bastion.sql.Warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A real DuckDB warehouse file and an ingestion over it, in a test's temporary folder. */
final class TestWarehouse
        implements AutoCloseable
{
    private final Warehouse warehouse;
    private final Ingestion ingestion;
    private final Path archive;

    TestWarehouse(Path folder)
    {
        this(folder, IngestSettings.DEFAULT_MAX_ROWS_PER_TRANSACTION);
    }

    /** With transactions of about {@code rowsPerTransaction} rows, so that a tiny period takes several. */
    TestWarehouse(Path folder, int rowsPerTransaction)
    {
        this.warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"));
        this.archive = folder.resolve("archive");
        IngestSettings defaults = IngestSettings.defaults(archive);
        this.ingestion = new Ingestion(warehouse, new IngestSettings(archive, defaults.maxFileBytes(), defaults.maxUncompressedBytes(), rowsPerTransaction,
                defaults.parallelism()));
    }

    Path archive()
    {
        return archive;
    }

    Ingestion ingestion()
    {
        return ingestion;
    }

    Warehouse warehouse()
    {
        return warehouse;
    }

    /** The warehouse file, to compare once closed. */
    Path file()
    {
        return warehouse.file();
    }

    RunSummary ingest(Path... inputs)
    {
        return ingest(List.of(inputs));
    }

    RunSummary ingest(List<Path> inputs)
    {
        return ingestion.ingest(inputs, "test", IngestionListener.SILENT);
    }

    long count(String table)
            throws SQLException
    {
        return Long.parseLong(query("SELECT count(*) FROM " + table));
    }

    /** The first column of the first row, as text. */
    String query(String sql)
            throws SQLException
    {
        return rows(sql).get(0).get(0);
    }

    /** Every row, every column as text (null stays null). */
    List<List<String>> rows(String sql)
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    /**
     * Count and content hash of every fact and dimension table (and the quarantine): equal
     * fingerprints mean nothing a reader of the warehouse can see has changed.
     */
    String fingerprint()
            throws SQLException
    {
        StringBuilder all = new StringBuilder();
        List<List<String>> tables = rows("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND (table_name LIKE 'fact\\_%' ESCAPE '\\' OR table_name LIKE 'dim\\_%' ESCAPE '\\'
                      OR table_name = 'quarantine' OR table_schema = 'restricted')
                ORDER BY 1
                """);
        for (List<String> table : tables) {
            String name = table.get(0);
            all.append(name).append('=').append(query("SELECT count(*) || ':' || coalesce(sum(hash(t::VARCHAR)), 0) FROM " + name + " t")).append('\n');
        }
        return all.toString();
    }

    @Override
    public void close()
    {
        warehouse.close();
    }
}
