package io.bastion.dashboard.cli;

import io.bastion.ingest.simulation.GeneratorSettings;
import io.bastion.ingest.simulation.ParkGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar users run ({@code target/bastion.jar}, what {@code ./bastion} starts), not the test classpath: it ingests two
 * months of the simulated park — .xlsx, CSV and JSON submissions — from the command line. The test classpath can hide a
 * library the packaged jar lacks (fastexcel-reader once was missing from it, and every .xlsx submission failed).
 */
class PackagedJarIT
{
    private static final Path JAR = Path.of("target", "bastion.jar");

    @TempDir
    Path folder;

    @Test
    void thePackagedJarIngestsEveryFileFormatFromTheCommandLine()
            throws Exception
    {
        assertThat(JAR).as("mvn package builds it before the integration tests").isRegularFile();
        Path park = folder.resolve("park");
        ParkGenerator.generate(new GeneratorSettings(1, 42, park, YearMonth.of(2026, 10), 2));
        List<String> extensions;
        try (Stream<Path> files = Files.walk(park)) {
            extensions = files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("manifest.json")).map(name -> name.substring(name.lastIndexOf('.') + 1)).distinct().sorted().toList();
        }
        assertThat(extensions).as("the park holds each format").contains("csv", "json", "xlsx");

        Path warehouse = folder.resolve("warehouse.duckdb");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(), "ingest",
                park.toString(), "--bastion.warehouse=" + warehouse, "--bastion.archive=" + folder.resolve("archive"),
                "--bastion.inbox=" + folder.resolve("inbox"), "--bastion.analysis.after-ingest=false")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("ingest.log").toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the ingestion ends").isTrue();
        String log = Files.readString(folder.resolve("ingest.log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(log).isZero();

        JsonNode expected = new ObjectMapper().readTree(park.resolve("manifest.json").toFile()).get("expected");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse + ";duckdb.read_only=true");
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT count(*) FROM archived_file WHERE error_code IS NOT NULL")).as("files refused, as the manifest says")
                    .isEqualTo(expected.get("rejectedFiles").asLong());
            assertThat(count(statement, "SELECT count(*) FROM archived_file WHERE lower(original_name) LIKE '%.xlsx' AND outcome = 'LOADED'"))
                    .as(".xlsx submissions loaded").isPositive();
            for (String table : List.of("fact_submission", "fact_person_month", "fact_organization_life", "fact_enterprise_month")) {
                assertThat(count(statement, "SELECT count(*) FROM " + table)).as(table).isEqualTo(expected.get(table).asLong());
            }
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
}
