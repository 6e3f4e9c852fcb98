package io.bastion.analytics.lake;

import io.bastion.analytics.MartComparison;
import io.bastion.analytics.SimulatedPark;
import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of the analysis: on the scale-1 simulated park (36 months), the marts the Spark job computes,
 * run through the real runner (export, child process, load), hold exactly the rows of the independent SQL oracle
 * views {@code oracle_X}, for every mart table, and none of them is empty; and a second run with nothing new is recorded as
 * unchanged.
 */
class SparkMatchesOracleIT
{
    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static AnalysisOutcome first;
    private static AnalysisOutcome second;

    @BeforeAll
    static void analyseTheScaleOnePark()
    {
        warehouse = SimulatedPark.ingest(temp, 1, 36);
        AnalysisRunner runner = new AnalysisRunner(AnalysisRunnerSettings.defaults(temp.resolve("lake"),
                Path.of(System.getProperty("bastion.spark.home")), Path.of(System.getProperty("bastion.job.jar"))));
        first = runner.run(warehouse, Trigger.CLI);
        second = runner.run(warehouse, Trigger.SCHEDULE);
    }

    @AfterAll
    static void close()
    {
        warehouse.close();
    }

    @Test
    void everyMartHoldsTheOracleRows()
            throws SQLException
    {
        assertThat(first.status()).as("first run: %s", first.message().orElse("")).isEqualTo(RunStatus.DONE);
        List<String> differences = new ArrayList<>();
        try (Connection connection = warehouse.connect()) {
            List<String> marts = MartLoad.martTables(connection);
            for (String mart : marts) {
                String computed = MartLoad.computedColumns(connection, mart).stream().map(column -> '"' + column + '"').collect(Collectors.joining(", "));
                String oracle = "oracle_" + mart.substring("mart_".length());
                MartComparison.compare(connection, mart, "(SELECT " + computed + " FROM " + mart + ")", "(SELECT " + computed + " FROM " + oracle + ")")
                        .ifPresent(difference -> differences.add(difference.describe("spark", "oracle")));
            }
            assertThat(differences).as("%d of %d marts differ from the oracle:%n%s", differences.size(), marts.size(), String.join("\n", differences))
                    .isEmpty();
            // A mart empty on both sides equals its oracle and proves nothing: the scale-1 park gives every mart rows.
            List<String> empty = marts.stream().filter(mart -> first.martRows().getOrDefault(mart, 0L) == 0).toList();
            assertThat(empty).as("指标表为空 / marts the run loaded no rows into").isEmpty();
        }
    }

    @Test
    void aSecondRunWithNothingNewIsUnchanged()
    {
        assertThat(second.status()).as("second run: %s", second.message().orElse("")).isEqualTo(RunStatus.UNCHANGED);
        assertThat(second.analysisId()).isEqualTo(first.analysisId() + 1);
    }
}
