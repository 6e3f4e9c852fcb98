package io.bastion.analytics;

import io.bastion.analytics.grades.GradeMigration;
import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.liaison.LiaisonProgress;
import io.bastion.analytics.organizationlife.OrganizationLife;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.sites.DemonstrationSites;
import io.bastion.analytics.targets.Targets;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestSpark;
import io.bastion.analytics.timeliness.SubmissionTimeliness;
import io.bastion.sql.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Spark marts on the scale-1 simulated park, against the mart tables' columns and the SQL oracle's views:
 * the two independent implementations of docs/kpi-catalogue.md must give the same rows (doubles to 9 places).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MartsAgainstOracleTest
{
    private static final List<MartComputation> COMPUTATIONS = List.of(
            new GradeMigration(), new OrganizationLife(), new SubmissionTimeliness(), new DemonstrationSites(), new LiaisonProgress(),
            new Targets());
    private static final List<String> MARTS = List.of(
            "mart_grade_distribution", "mart_grade_summary", "mart_grade_migration", "mart_backward_organization",
            "mart_organization_life", "mart_life_compliance_branch", "mart_life_compliance",
            "mart_submission_timeliness", "mart_late_submission",
            "mart_demonstration_sites",
            "mart_liaison_progress", "mart_liaison_summary",
            "mart_targets");

    private final Map<String, Dataset<Row>> computed = new LinkedHashMap<>();
    private TestLake lake;
    private Path folder;
    private Warehouse warehouse;
    private Connection connection;

    @BeforeAll
    void computeAndLoad()
            throws SQLException
    {
        assumeTrue(Files.exists(TestLake.SCALE_ONE_WAREHOUSE), "the scale-1 warehouse is not on this machine");
        folder = Path.of("target", "scale-one").toAbsolutePath();
        lake = TestLake.of(TestLake.SCALE_ONE_WAREHOUSE, folder);
        ParkState park = new ParkState(TestSpark.session(), lake.lake(), AnalysisSettings.defaults());
        Map<String, Long> timings = new TreeMap<>();
        for (MartComputation computation : COMPUTATIONS) {
            long started = System.nanoTime();
            Map<String, Dataset<Row>> marts = computation.compute(park);
            for (Map.Entry<String, Dataset<Row>> mart : marts.entrySet()) {
                mart.getValue().write().mode("overwrite").parquet(folder.resolve("marts").resolve(mart.getKey()).toString());
                computed.put(mart.getKey(), mart.getValue());
            }
            timings.put(computation.getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
        }
        System.out.println("computation times on the scale-1 lake (ms, ParkState shared): " + timings);
        warehouse = Warehouse.open(lake.warehouse());
        connection = warehouse.connect();
        try (Statement statement = connection.createStatement()) {
            for (String mart : computed.keySet()) {
                statement.execute("INSERT INTO " + mart + " BY NAME SELECT *, 0 AS analysis_id, now() AS computed_at FROM read_parquet('"
                        + folder.resolve("marts").resolve(mart).resolve("*.parquet") + "')");
            }
        }
    }

    @AfterAll
    void close()
            throws SQLException
    {
        if (connection != null) {
            connection.close();
            warehouse.close();
        }
    }

    @Test
    void computesEveryMartOfTheFamilies()
    {
        assertThat(computed.keySet()).containsExactlyInAnyOrderElementsOf(MARTS);
    }

    @ParameterizedTest
    @MethodSource("marts")
    void hasExactlyTheMartColumns(String mart)
            throws SQLException
    {
        List<String> expected = new ArrayList<>();
        for (Column column : columns(mart)) {
            expected.add(column.name() + " " + column.sparkType());
        }
        List<String> actual = new ArrayList<>();
        for (StructField field : computed.get(mart).schema().fields()) {
            actual.add(field.name() + " " + field.dataType().simpleString());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("marts")
    void equalsTheOracle(String mart)
            throws SQLException
    {
        String oracle = "oracle_" + mart.substring("mart_".length());
        assumeTrue(viewExists(oracle), oracle + " is not in this warehouse yet");
        long rows = count("SELECT count(*) FROM " + mart);
        System.out.println(mart + ": " + rows + " rows");
        assertSameRows(mart, mart, oracle);
        assertThat(rows).as("rows of " + mart).isPositive();
    }

    @Test
    void holdsBranchesToThePartyLecturesTheParkAsks()
            throws SQLException
    {
        assumeTrue(viewExists("oracle_life_compliance_branch"), "the oracle is not in this warehouse yet");
        ParkState strict = new ParkState(TestSpark.session(), lake.lake(), new AnalysisSettings(2));
        Path written = folder.resolve("two-lectures");
        new OrganizationLife().compute(strict).get("mart_life_compliance_branch").write().mode("overwrite").parquet(written.toString());
        // the oracle knows the default rule only; a branch compliant with 1 党课 is compliant with 2 when it held 2
        String expected = "(SELECT * REPLACE (compliant AND party_lectures >= 2 AS compliant) FROM oracle_life_compliance_branch)";
        assertSameRows("mart_life_compliance_branch", "read_parquet('" + written.resolve("*.parquet") + "')", expected);
        assertThat(count("SELECT count(*) FROM oracle_life_compliance_branch WHERE compliant AND party_lectures < 2"))
                .as("branches the stricter rule turns non-compliant")
                .isPositive();
    }

    /** The two relations hold the same rows with the columns of {@code mart} (doubles to 9 places), both ways. */
    private void assertSameRows(String mart, String actual, String expected)
            throws SQLException
    {
        String selected = String.join(", ", columns(mart).stream().map(Column::comparable).toList());
        List<String> onlyActual = sample("SELECT " + selected + " FROM " + actual + " EXCEPT ALL SELECT " + selected + " FROM " + expected);
        List<String> onlyExpected = sample("SELECT " + selected + " FROM " + expected + " EXCEPT ALL SELECT " + selected + " FROM " + actual);
        assertThat(onlyActual).as("rows of %s that %s does not give", actual, expected).isEmpty();
        assertThat(onlyExpected).as("rows of %s that %s does not give", expected, actual).isEmpty();
    }

    List<String> marts()
    {
        return MARTS;
    }

    private List<Column> columns(String mart)
            throws SQLException
    {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '"
                        + mart + "' AND column_name NOT IN ('analysis_id', 'computed_at') ORDER BY ordinal_position")) {
            while (rows.next()) {
                columns.add(new Column(rows.getString(1), rows.getString(2)));
            }
        }
        return columns;
    }

    private boolean viewExists(String view)
            throws SQLException
    {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_name = '" + view + "'") > 0;
    }

    private long count(String query)
            throws SQLException
    {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Up to 20 rows of a query, each as its values joined by " | ". */
    private List<String> sample(String query)
            throws SQLException
    {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query + " LIMIT 20")) {
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= width; column++) {
                    values.add(String.valueOf(rows.getObject(column)));
                }
                lines.add(String.join(" | ", values));
            }
        }
        return lines;
    }

    /** A mart column as DuckDB describes it. */
    private record Column(String name, String duckDbType)
    {
        String sparkType()
        {
            return switch (duckDbType) {
                case "BIGINT" -> "bigint";
                case "INTEGER" -> "int";
                case "DOUBLE" -> "double";
                case "DATE" -> "date";
                case "BOOLEAN" -> "boolean";
                case "VARCHAR" -> "string";
                default -> duckDbType.toLowerCase().replace(" ", "");
            };
        }

        /** Doubles rounded to 9 places, so that the two implementations' last bits do not count. */
        String comparable()
        {
            return duckDbType.equals("DOUBLE") ? "round(" + name + ", 9) AS " + name : name;
        }
    }
}
