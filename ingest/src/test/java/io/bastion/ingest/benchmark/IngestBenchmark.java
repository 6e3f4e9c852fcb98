package io.bastion.ingest.benchmark;

import io.bastion.ingest.load.IngestSettings;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;
import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.ParkGenerator;
import io.bastion.sql.Warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ingestion throughput next to DuckDB's own COPY of the same rows, measured in one run:
 * generate a park, ingest it through the real path (archive, parse, validate, load), export the
 * loaded fact rows as plain CSV, then time COPY … FROM of those files into plain tables of a fresh
 * database. Run with: ./mvnw -q -pl ingest -am -Pbenchmark verify -Dbenchmark.scales=1,10
 */
public final class IngestBenchmark
{
    private static final List<String> FACTS = List.of(
            "fact_submission", "fact_organization_report", "fact_coverage_link", "fact_person_month", "fact_organization_life",
            "fact_enterprise_month", "fact_grade", "fact_demonstration_site", "fact_liaison_assignment", "fact_liaison_contact",
            "fact_annual_target", "quarantine");

    private IngestBenchmark() {}

    public static void main(String[] args)
            throws Exception
    {
        Path work = Files.createTempDirectory("bastion-benchmark");
        System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"));
        System.out.println("| scale | files | rows read | ingest s | ingest rows/s | COPY rows | COPY s | COPY rows/s | ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (String scale : System.getProperty("benchmark.scales", "1").split(",")) {
            run(Integer.parseInt(scale.strip()), work.resolve("scale-" + scale.strip()));
        }
        delete(work);
    }

    private static void run(int scale, Path dir)
            throws IOException, SQLException
    {
        Path park = dir.resolve("park");
        ParkGenerator.generate(new GeneratorSettings(scale, 42, park, YearMonth.of(2026, 10), 36));
        try (Warehouse warehouse = Warehouse.open(dir.resolve("warehouse.duckdb"))) {
            Ingestion ingestion = new Ingestion(warehouse, IngestSettings.defaults(dir.resolve("archive")));
            long start = System.nanoTime();
            RunSummary summary = ingestion.ingest(List.of(park), "benchmark", IngestionListener.SILENT);
            double ingestSeconds = (System.nanoTime() - start) / 1e9;
            Path csv = Files.createDirectories(dir.resolve("csv"));
            try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
                for (String table : FACTS) {
                    statement.execute("COPY " + table + " TO '" + csv.resolve(table + ".csv") + "' (HEADER)");
                }
            }
            long copyRows = 0;
            double copySeconds;
            try (Connection plain = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("plain.duckdb")); Statement statement = plain.createStatement()) {
                for (String table : FACTS) {
                    statement.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv('" + csv.resolve(table + ".csv") + "') LIMIT 0");
                }
                long copyStart = System.nanoTime();
                for (String table : FACTS) {
                    statement.execute("COPY " + table + " FROM '" + csv.resolve(table + ".csv") + "' (HEADER)");
                }
                copySeconds = (System.nanoTime() - copyStart) / 1e9;
                for (String table : FACTS) {
                    try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                        rows.next();
                        copyRows += rows.getLong(1);
                    }
                }
            }
            double ingestRate = summary.rowsRead() / ingestSeconds;
            double copyRate = copyRows / copySeconds;
            System.out.printf("| %d | %d | %,d | %.1f | %,.0f | %,d | %.2f | %,.0f | %.3f |%n", scale, summary.files().size(), summary.rowsRead(), ingestSeconds,
                    ingestRate, copyRows, copySeconds, copyRate, ingestRate / copyRate);
        }
        delete(dir);
    }

    private static void delete(Path dir)
            throws IOException
    {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                path.toFile().setWritable(true);
                path.toFile().delete();
            });
        }
    }
}
