package io.bastion.analytics.lake;

import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import static io.bastion.analytics.Sql.column;
import static io.bastion.analytics.Sql.execute;
import static io.bastion.analytics.Sql.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner's decisions before Spark: an unchanged input records an unchanged run; a changed one is analysed again.
 * The settings point at no spark-home, so a run that gets as far as starting the job fails there, which these tests see.
 */
class AnalysisRunnerTest
{
    @TempDir
    Path temp;
    private Warehouse warehouse;
    private Connection connection;
    private AnalysisRunnerSettings settings;

    @BeforeEach
    void loadADoneRunOfTheCurrentInput()
            throws SQLException
    {
        warehouse = Warehouse.open(temp.resolve("warehouse.duckdb"));
        connection = warehouse.connect();
        settings = AnalysisRunnerSettings.defaults(temp.resolve("lake"), temp.resolve("no-spark-home"), temp.resolve("no-job.jar"));
        MartFolders.write(connection, temp.resolve("first"), 1);
        TestRuns.load(connection, temp.resolve("first"), new AnalysisRunner(settings).fingerprint(connection), LocalDateTime.of(2026, 11, 6, 2, 0));
    }

    @AfterEach
    void close()
            throws SQLException
    {
        connection.close();
        warehouse.close();
    }

    @Test
    void anUnchangedInputIsRecordedWithoutExportingOrStartingSpark()
            throws SQLException
    {
        AnalysisOutcome outcome = new AnalysisRunner(settings).run(warehouse, Trigger.SCHEDULE);

        assertThat(outcome.status()).isEqualTo(RunStatus.UNCHANGED);
        assertThat(outcome.message()).hasValueSatisfying(message -> assertThat(message)
                .contains("自分析批次 1 以来输入未变").contains("has not changed since analysis run 1"));
        assertThat(rows(connection, "SELECT analysis_id, status, trigger, finished_at IS NOT NULL FROM analysis_run ORDER BY analysis_id"))
                .containsExactly(List.of("1", "done", "cli", "true"), List.of("2", "unchanged", "schedule", "true"));
        assertThat(LakeExport.current(temp.resolve("lake"))).isEmpty();
        assertThat(column(connection, "SELECT DISTINCT analysis_id FROM mart_coverage")).containsExactly("1");
        assertThat(rows(connection, "SELECT rule_name, rule_value FROM park_rule")).containsExactly(List.of("party-lectures-per-quarter", "1"));
    }

    @Test
    void newRowsAreAnalysedAgainAndAFailureKeepsTheMarts()
            throws SQLException
    {
        execute(connection, "INSERT INTO fact_annual_target VALUES (2026, '新发展党员', 25, 1, 1, 1)");

        AnalysisOutcome outcome = new AnalysisRunner(settings).run(warehouse, Trigger.AFTER_INGEST);

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.message()).hasValueSatisfying(message -> assertThat(message)
                .contains("找不到Spark 依赖目录").contains("Spark's jars folder (sparkHome/jars) is missing"));
        // it got as far as the export
        assertThat(LakeExport.current(temp.resolve("lake"))).isPresent();
        assertThat(rows(connection, "SELECT status, message = '" + outcome.message().orElseThrow().replace("'", "''") + "', export_ms > 0 FROM analysis_run WHERE analysis_id = 2"))
                .containsExactly(List.of("failed", "true", "true"));
        assertThat(column(connection, "SELECT DISTINCT analysis_id FROM mart_coverage")).containsExactly("1");
    }

    @Test
    void otherRulesAreANewInputAndRecordedForTheOracle()
            throws SQLException
    {
        AnalysisOutcome outcome = new AnalysisRunner(settings.withPartyLecturesPerQuarter(2)).run(warehouse, Trigger.CLI);

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.message()).hasValueSatisfying(message -> assertThat(message).contains("sparkHome/jars"));
        assertThat(rows(connection, "SELECT rule_name, rule_value FROM park_rule")).containsExactly(List.of("party-lectures-per-quarter", "2"));
    }

    @Test
    void aNewJobJarIsAnalysedAgainThoughTheInputIsUnchanged()
            throws Exception
    {
        // the done run was of a missing jar; an upgrade puts one there
        Files.writeString(temp.resolve("no-job.jar"), "a job jar of another build");

        AnalysisOutcome outcome = new AnalysisRunner(settings).run(warehouse, Trigger.CLI);

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.message()).hasValueSatisfying(message -> assertThat(message).contains("sparkHome/jars"));
        assertThat(LakeExport.current(temp.resolve("lake"))).isPresent();
    }

    @Test
    void aRunLeftRunningByADeadProcessIsMarkedFailed()
            throws SQLException
    {
        long dead = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.SCHEDULE, "local[*]", "whatever");

        new AnalysisRunner(settings).run(warehouse, Trigger.CLI);

        assertThat(rows(connection, "SELECT status, message LIKE '进程在分析运行中终止%' FROM analysis_run WHERE analysis_id = " + dead))
                .containsExactly(List.of("failed", "true"));
    }
}
