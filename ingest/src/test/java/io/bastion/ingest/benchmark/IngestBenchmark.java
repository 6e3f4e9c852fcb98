package io.bastion.ingest.benchmark;

import io.bastion.ingest.format.FileName;
import io.bastion.ingest.load.IngestSettings;
import io.bastion.ingest.load.Ingestion;
import io.bastion.ingest.load.IngestionListener;
import io.bastion.ingest.load.RunSummary;
import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.ParkGenerator;
import io.bastion.sql.Warehouse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ingestion throughput next to two floors, measured in one run: generate a park, ingest it through the
 * real path (archive, parse, validate, load), then time DuckDB reading the same raw CSV and JSON files
 * with read_csv and read_json (the fairer floor: parsing text into rows, no rules), and DuckDB's COPY … FROM
 * of the loaded fact rows exported as plain CSV into plain tables of a fresh database.
 * Run with: ./mvnw -q -pl ingest -am -Pbenchmark verify -Dbenchmark.scales=1,10
 */
public final class IngestBenchmark
{
    private static final List<String> FACTS = List.of(
            "fact_submission", "fact_organization_report", "fact_coverage_link", "fact_person_month", "fact_organization_life",
            "fact_enterprise_month", "fact_grade", "fact_demonstration_site", "fact_liaison_assignment", "fact_liaison_contact",
            "fact_annual_target", "quarantine");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private IngestBenchmark() {}

    public static void main(String[] args)
            throws Exception
    {
        Path work = Files.createTempDirectory("bastion-benchmark");
        System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"));
        System.out.println("| scale | files | rows read | ingest s | ingest rows/s | read_csv/json rows | read_csv/json s | read_csv/json rows/s | COPY rows | COPY s | COPY rows/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
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
        RawFloor raw = rawFloor(park, dir.resolve("utf-8"), dir.resolve("raw.duckdb"));
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
                    copyRows += count(statement, "SELECT count(*) FROM " + table);
                }
            }
            double ingestRate = summary.rowsRead() / ingestSeconds;
            System.out.printf("| %d | %d | %,d | %.1f | %,.0f | %,d | %.2f | %,.0f | %,d | %.2f | %,.0f |%n", scale, summary.files().size(), summary.rowsRead(),
                    ingestSeconds, ingestRate, raw.rows(), raw.seconds(), raw.rows() / raw.seconds(), copyRows, copySeconds, copyRows / copySeconds);
            System.out.printf("  scale %d: read_csv/json read the %,d CSV and JSON files (%s); the %,d .xlsx files are left out (DuckDB reads them only"
                    + " with an extension)%n", scale, raw.files(), raw.note(), countFiles(park, "xlsx"));
        }
        delete(dir);
    }

    /** Rows DuckDB reads from the raw files, how long it took, and how many files. */
    private record RawFloor(long rows, double seconds, long files, String note) {}

    /**
     * DuckDB's read_csv of every CSV file of the park, one query per kind of file (all values as text, as the files
     * hold them), and read_json of the JSON submissions, their arrays unnested into rows. DuckDB reads UTF-8 and UTF-16
     * only, so the GB18030 files are given to it re-encoded as UTF-8, before the clock starts; the rows are those of the
     * files (header rows not counted).
     */
    private static RawFloor rawFloor(Path park, Path utf8, Path database)
            throws IOException, SQLException
    {
        Map<String, List<Path>> csvByKind = new TreeMap<>();
        List<Path> json = new ArrayList<>();
        int reencoded = 0;
        try (Stream<Path> walk = Files.walk(park)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Optional<FileName> name = FileName.parse(file.getFileName().toString());
                if (name.isEmpty()) {
                    continue;
                }
                if (name.get().extension().equals("json")) {
                    json.add(file);
                }
                else if (name.get().extension().equals("csv")) {
                    String kind = name.get().csvPart().map(Enum::name).orElse(name.get().kind().name());
                    Path copy = utf8.resolve(park.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    byte[] bytes = Files.readAllBytes(file);
                    if (!utf8(bytes)) {
                        bytes = new String(bytes, GB18030).getBytes(StandardCharsets.UTF_8);
                        reencoded++;
                    }
                    Files.write(copy, bytes);
                    csvByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(copy);
                }
            }
        }
        long rows = 0;
        double seconds;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            for (Map.Entry<String, List<Path>> kind : csvByKind.entrySet()) {
                statement.execute("CREATE TABLE csv_" + kind.getKey().toLowerCase() + " AS SELECT * FROM read_csv(" + list(kind.getValue())
                        + ", header = true, all_varchar = true, union_by_name = true, null_padding = true)");
            }
            statement.execute("CREATE TABLE json_submission AS SELECT * FROM read_json(" + list(json) + ", union_by_name = true)");
            statement.execute("CREATE TABLE json_people AS SELECT unnest(人员信息, recursive := true) FROM json_submission");
            statement.execute("CREATE TABLE json_life AS SELECT unnest(组织生活, recursive := true) FROM json_submission");
            seconds = (System.nanoTime() - start) / 1e9;
            for (String kind : csvByKind.keySet()) {
                rows += count(statement, "SELECT count(*) FROM csv_" + kind.toLowerCase());
            }
            rows += count(statement, "SELECT count(*) FROM json_submission") + count(statement, "SELECT count(*) FROM json_people")
                    + count(statement, "SELECT count(*) FROM json_life");
        }
        long files = csvByKind.values().stream().mapToLong(List::size).sum() + json.size();
        return new RawFloor(rows, seconds, files, reencoded + " GB18030 CSV files re-encoded as UTF-8 beforehand");
    }

    private static boolean utf8(byte[] bytes)
    {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String list(List<Path> files)
    {
        return files.stream().map(file -> "'" + file.toString().replace("'", "''") + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    private static long countFiles(Path park, String extension)
            throws IOException
    {
        try (Stream<Path> walk = Files.walk(park)) {
            return walk.filter(file -> file.getFileName().toString().endsWith("." + extension)).count();
        }
    }

    private static long count(Statement statement, String sql)
            throws SQLException
    {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
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
