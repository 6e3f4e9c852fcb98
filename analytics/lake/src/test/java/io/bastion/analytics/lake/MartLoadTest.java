package io.bastion.analytics.lake;

import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;

import static io.bastion.analytics.Sql.column;
import static io.bastion.analytics.Sql.count;
import static io.bastion.analytics.Sql.rows;
import static io.bastion.analytics.Sql.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MartLoadTest
{
    private static final LocalDateTime FIRST_COMPUTED = LocalDateTime.of(2026, 11, 6, 2, 0, 0);
    private static final LocalDateTime SECOND_COMPUTED = LocalDateTime.of(2026, 12, 6, 2, 0, 0);

    @TempDir
    Path temp;
    private Warehouse warehouse;
    private Connection connection;
    private List<String> marts;

    @BeforeEach
    void loadAFirstRun()
            throws SQLException
    {
        warehouse = Warehouse.open(temp.resolve("warehouse.duckdb"));
        connection = warehouse.connect();
        marts = MartFolders.write(connection, temp.resolve("first"), 1);
        TestRuns.load(connection, temp.resolve("first"), "first", FIRST_COMPUTED);
    }

    @AfterEach
    void close()
            throws SQLException
    {
        connection.close();
        warehouse.close();
    }

    @Test
    void loadsEveryMartOfTheSchemaWithItsStamps()
            throws SQLException
    {
        // V3 has 26 marts; the list is read from the schema, so a new mart table is loaded without changing the loader.
        assertThat(marts).hasSize(26).contains("mart_coverage", "mart_targets", "mart_reconciliation");
        for (String mart : marts) {
            assertThat(rows(connection, "SELECT analysis_id, computed_at::VARCHAR FROM " + mart)).as(mart)
                    .containsExactly(List.of("1", "2026-11-06 02:00:00"));
        }
        assertThat(rows(connection, "SELECT month_key, scope_code, org_coverage_rate, own_branch_rate FROM mart_coverage"))
                .containsExactly(List.of("1", "run-1", "1.25", "1.25"));
        assertThat(rows(connection, "SELECT status, mart_rows, finished_at IS NOT NULL, load_ms >= 0 FROM analysis_run WHERE analysis_id = 1"))
                .containsExactly(List.of("done", "26", "true", "true"));
    }

    @Test
    void aSecondRunReplacesEveryMart()
            throws SQLException
    {
        MartFolders.write(connection, temp.resolve("second"), 2);
        long second = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.SCHEDULE, "local[*]", "second");

        LoadedMarts loaded = MartLoad.load(connection, temp.resolve("second"), second, SECOND_COMPUTED, OptionalInt.empty());

        assertThat(loaded.totalRows()).isEqualTo(26);
        for (String mart : marts) {
            assertThat(rows(connection, "SELECT analysis_id, computed_at::VARCHAR FROM " + mart)).as(mart)
                    .containsExactly(List.of("2", "2026-12-06 02:00:00"));
        }
        assertThat(value(connection, "SELECT scope_code FROM mart_membership")).isEqualTo("run-2");
    }

    @Test
    void aRunFromAMonthReplacesThatMonthOnAndKeepsTheRowsBefore()
            throws SQLException
    {
        // the last done run: June to August, the second and third quarter
        Path first = temp.resolve("first-months");
        MartFolders.write(connection, first, 1);
        MartFolders.spread(connection, first, List.of(202606, 202607, 202608), List.of("2026Q2", "2026Q3"));
        TestRuns.load(connection, first, "first-months", FIRST_COMPUTED);
        // recomputed from August: the job's rows begin at July (the month before), and at the second quarter
        Path second = temp.resolve("second");
        MartFolders.write(connection, second, 3);
        MartFolders.spread(connection, second, List.of(202607, 202608, 202609), List.of("2026Q2", "2026Q3", "2026Q4"));
        long run = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.AFTER_INGEST, "local[*]", "second");

        MartLoad.load(connection, second, run, SECOND_COMPUTED, OptionalInt.of(202608));

        assertThat(rows(connection, "SELECT month_key, analysis_id, scope_code FROM mart_membership ORDER BY month_key")).containsExactly(
                List.of("202606", "2", "run-1"), List.of("202607", "2", "run-1"), List.of("202608", "3", "run-3"), List.of("202609", "3", "run-3"));
        // a quarter belongs to its last month: the second quarter ended before August and stays, the third is replaced
        assertThat(rows(connection, "SELECT quarter, analysis_id FROM mart_life_compliance ORDER BY quarter")).containsExactly(
                List.of("2026Q2", "2"), List.of("2026Q3", "3"), List.of("2026Q4", "3"));
        assertThat(rows(connection, "SELECT period, analysis_id FROM mart_grade_summary ORDER BY period")).containsExactly(
                List.of("2026Q2", "2"), List.of("2026Q3", "3"), List.of("2026Q4", "3"));
        // the marts computed over every month are replaced whole
        assertThat(rows(connection, "SELECT month_key, analysis_id FROM mart_admission_flow ORDER BY month_key")).containsExactly(
                List.of("202607", "3"), List.of("202608", "3"), List.of("202609", "3"));
        assertThat(rows(connection, "SELECT analysis_id FROM mart_enterprise_first_coverage")).containsExactly(List.of("3"));
    }

    @Test
    void aRowTheTableRefusesRollsBackTheMartsAlreadyReplaced()
            throws SQLException
    {
        Path second = temp.resolve("second");
        MartFolders.write(connection, second, 2);
        // The last mart in load order fails, after every other mart was deleted and inserted in the transaction.
        String last = marts.get(marts.size() - 1);
        MartFolders.blankColumn(connection, second, last, "month_key", 2);
        long run = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.CLI, "local[*]", "second");

        assertThatThrownBy(() -> MartLoad.load(connection, second, run, SECOND_COMPUTED, OptionalInt.empty()))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("已回滚")
                .hasMessageContaining("rolled back")
                .satisfies(error -> assertThat(((AnalysisException) error).reason()).isEqualTo(AnalysisException.Reason.LOAD));

        assertOnlyTheFirstRunsMarts();
        assertThat(value(connection, "SELECT status FROM analysis_run WHERE analysis_id = " + run)).isEqualTo("running");
    }

    @Test
    void aGarbledFileFailsBeforeAnythingChanges()
            throws SQLException
    {
        Path second = temp.resolve("second");
        MartFolders.write(connection, second, 2);
        MartFolders.garble(second, "mart_grade_summary");
        long run = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.CLI, "local[*]", "second");

        assertThatThrownBy(() -> MartLoad.load(connection, second, run, SECOND_COMPUTED, OptionalInt.empty()))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("mart_grade_summary")
                .hasMessageContaining("无法读取");

        assertOnlyTheFirstRunsMarts();
    }

    @Test
    void aMissingOrUnknownMartFolderFailsTheLoad()
            throws SQLException, IOException
    {
        Path second = temp.resolve("second");
        MartFolders.write(connection, second, 2);
        PathUtils.delete(second.resolve("mart_lost_contact"));
        Files.createDirectories(second.resolve("mart_not_in_schema"));
        long run = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.CLI, "local[*]", "second");

        assertThatThrownBy(() -> MartLoad.load(connection, second, run, SECOND_COMPUTED, OptionalInt.empty()))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("缺少 [mart_lost_contact]")
                .hasMessageContaining("unknown [mart_not_in_schema]");

        assertOnlyTheFirstRunsMarts();
    }

    @Test
    void aReaderSeesTheOldMartsOrTheNewNeverAMix()
            throws SQLException
    {
        MartFolders.write(connection, temp.resolve("second"), 2);
        long second = AnalysisRuns.start(connection, RunStatus.RUNNING, Trigger.CLI, "local[*]", "second");
        try (Connection reader = warehouse.connect()) {
            reader.setAutoCommit(false);
            assertThat(value(reader, "SELECT analysis_id FROM mart_coverage")).isEqualTo("1");

            MartLoad.load(connection, temp.resolve("second"), second, SECOND_COMPUTED, OptionalInt.empty());

            // the reader's transaction began before the load committed: all of it is the first run's
            assertThat(column(reader, unionOfStamps())).containsExactly("1");
            reader.commit();
            assertThat(column(reader, unionOfStamps())).containsExactly("2");
        }
    }

    private void assertOnlyTheFirstRunsMarts()
            throws SQLException
    {
        assertThat(column(connection, unionOfStamps())).containsExactly("1");
        for (String mart : marts) {
            assertThat(count(connection, "SELECT count(*) FROM " + mart)).as(mart).isEqualTo(1);
        }
    }

    private String unionOfStamps()
    {
        return String.join(" UNION ", marts.stream().map(mart -> "SELECT DISTINCT analysis_id FROM " + mart).toList());
    }
}
