package io.bastion.analytics.lake;

import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static io.bastion.analytics.Sql.column;
import static io.bastion.analytics.Sql.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** A Spark job that fails or overruns, submitted for real from the packaged jar and spark-home: the run says why and the marts stay. */
class AnalysisRunnerIT
{
    @TempDir
    Path temp;
    private Warehouse warehouse;
    private Connection connection;
    private AnalysisRunnerSettings settings;

    @BeforeEach
    void loadOlderMarts()
            throws SQLException
    {
        warehouse = Warehouse.open(temp.resolve("warehouse.duckdb"));
        connection = warehouse.connect();
        settings = AnalysisRunnerSettings.defaults(temp.resolve("lake"), Path.of(System.getProperty("bastion.spark.home")),
                Path.of(System.getProperty("bastion.job.jar")));
        MartFolders.write(connection, temp.resolve("first"), 1);
        TestRuns.load(connection, temp.resolve("first"), "an older input", LocalDateTime.of(2026, 11, 6, 2, 0));
    }

    @AfterEach
    void close()
            throws SQLException
    {
        connection.close();
        warehouse.close();
    }

    @Test
    void aFailingJobIsRecordedWithItsErrorAndTheMartsStay()
            throws SQLException
    {
        AnalysisOutcome outcome = new AnalysisRunner(settings.withSparkMaster("nowhere://at-all")).run(warehouse, Trigger.CLI);

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        String message = outcome.message().orElseThrow();
        assertThat(message).contains("分析作业失败（退出码 1）").contains("the analysis job failed (exit code 1)")
                // SparkSubmit's own check, before the job starts, as spark-submit would say it
                .contains("Master must either be yarn or start with spark, k8s, or local");
        assertThat(rows(connection, "SELECT status, spark_master, spark_ms > 0, finished_at IS NOT NULL FROM analysis_run WHERE analysis_id = 2"))
                .containsExactly(List.of("failed", "nowhere://at-all", "true", "true"));
        assertThat(column(connection, "SELECT message FROM analysis_run WHERE analysis_id = 2")).containsExactly(message);
        assertThat(column(connection, "SELECT DISTINCT analysis_id FROM mart_targets")).containsExactly("1");
    }

    @Test
    void aJobPastItsTimeoutIsStopped()
    {
        AnalysisOutcome outcome = new AnalysisRunner(settings.withTimeout(Duration.ofMillis(300))).run(warehouse, Trigger.SCHEDULE);

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.message()).hasValueSatisfying(message -> assertThat(message)
                .contains("分析作业超过 PT0.3S 未结束，已终止").contains("did not finish within PT0.3S and was stopped"));
    }
}
