package io.bastion.ingest.load;

import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real child process with SIGKILL at several points of an ingestion run and checks the
 * warehouse holds whole files only, then that the next run completes it to exactly the state of
 * an uninterrupted run.
 */
class CrashSafetyTest
{
    private static final List<String> MONTHS = List.of("2025-01", "2025-02", "2025-03", "2025-04");
    /** Small transactions, so one period takes several commits and a kill can fall between them. */
    private static final int ROWS_PER_TRANSACTION = 5;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "killed at {0} #{1}")
    @CsvSource({
            "PERIOD_ARCHIVED, 1",
            "PERIOD_ARCHIVED, 3",
            "BEFORE_COMMIT, 1",
            "BEFORE_COMMIT, 4",
            "AFTER_COMMIT, 2",
            "AFTER_COMMIT, 5",
    })
    void aKilledRunLeavesWholeFilesAndTheNextRunFinishesIt(IngestionListener.Stage stage, int occurrence)
            throws Exception
    {
        Path inbox = park();
        Path warehouse = temp.resolve("warehouse.duckdb");
        Path archive = temp.resolve("archive");

        int committedFiles = runChild(warehouse, archive, inbox, stage.name(), occurrence);

        try (Warehouse opened = Warehouse.open(warehouse)) {
            assertThat(count(opened, "SELECT count(*) FROM archived_file")).isEqualTo(committedFiles);
            assertWholeFiles(opened);
        }
        int afterRestart = runChild(warehouse, archive, inbox, "NONE", 0);
        assertThat(afterRestart).isGreaterThan(0);
        try (Warehouse opened = Warehouse.open(warehouse)) {
            assertWholeFiles(opened);
            assertThat(fingerprint(opened)).isEqualTo(uninterruptedFingerprint(inbox));
            assertThat(count(opened, "SELECT count(*) FROM ingest_run WHERE status = 'INTERRUPTED'")).isEqualTo(1);
        }
    }

    @Test
    void aRunKilledAtAnArbitraryMomentIsCompletedByTheNext()
            throws Exception
    {
        Path inbox = park();
        Path warehouse = temp.resolve("warehouse.duckdb");
        Path archive = temp.resolve("archive");
        for (long delay : new long[] {300, 900, 1500}) {
            Process child = start(warehouse, archive, inbox, "NONE", 0);
            child.waitFor(delay, TimeUnit.MILLISECONDS);
            child.destroyForcibly().waitFor();
            try (Warehouse opened = Warehouse.open(warehouse)) {
                assertWholeFiles(opened);
            }
        }
        runChild(warehouse, archive, inbox, "NONE", 0);
        try (Warehouse opened = Warehouse.open(warehouse)) {
            assertThat(fingerprint(opened)).isEqualTo(uninterruptedFingerprint(inbox));
        }
    }

    private Path park()
    {
        Path inbox = temp.resolve("inbox");
        for (String month : MONTHS) {
            TinyPark.registry(inbox.resolve(month), month);
            TinyPark.committee(inbox.resolve(month), month, month + "-28");
            TinyPark.branch(inbox.resolve(month), month, month + "-28");
        }
        return inbox;
    }

    /** Every loaded file has all its rows in the facts and nothing else is there. */
    private static void assertWholeFiles(Warehouse warehouse)
            throws SQLException
    {
        // A current submission holds exactly the people and life rows it declared.
        assertThat(count(warehouse, """
                SELECT count(*) FROM fact_submission s
                WHERE s.is_current AND (
                    s.people_rows <> (SELECT count(*) FROM fact_person_month p WHERE p.submission_id = s.submission_id)
                 OR s.life_rows <> (SELECT count(*) FROM fact_organization_life l WHERE l.submission_id = s.submission_id)
                 OR 1 <> (SELECT count(*) FROM fact_organization_report r WHERE r.submission_id = s.submission_id))
                """)).isZero();
        // No fact row without its archived file record.
        for (String table : List.of("fact_submission", "fact_person_month", "fact_organization_life", "fact_enterprise_month", "fact_organization_report")) {
            assertThat(count(warehouse, "SELECT count(*) FROM " + table + " WHERE file_id NOT IN (SELECT file_id FROM archived_file)"))
                    .as(table).isZero();
        }
        // A loaded registry file has all four rows.
        assertThat(count(warehouse, "SELECT count(*) FROM (SELECT month_key FROM fact_enterprise_month GROUP BY month_key HAVING count(*) <> 4)")).isZero();
    }

    private String uninterruptedFingerprint(Path inbox)
            throws Exception
    {
        Path warehouse = temp.resolve("reference.duckdb");
        runChild(warehouse, temp.resolve("reference-archive"), inbox, "NONE", 0);
        try (Warehouse opened = Warehouse.open(warehouse)) {
            return fingerprint(opened);
        }
    }

    /** The warehouse's content without run ids, file ids, submission ids and arrival times. */
    private static String fingerprint(Warehouse warehouse)
            throws SQLException
    {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("fact_submission", "fact_organization_report", "fact_coverage_link", "fact_person_month", "fact_organization_life",
                "fact_enterprise_month", "fact_admission_event", "dim_organization", "dim_enterprise", "dim_person")) {
            String columns = "SELECT * EXCLUDE (" + String.join(", ", excluded(table)) + ") FROM " + table;
            all.append(table).append(' ').append(text(warehouse, "SELECT count(*) || ':' || coalesce(sum(hash(t::VARCHAR)), 0) FROM (" + columns + ") t")).append('\n');
        }
        return all.toString();
    }

    private static List<String> excluded(String table)
    {
        return switch (table) {
            case "fact_submission" -> List.of("submission_id", "received_at", "superseded_by", "run_id", "file_id");
            case "dim_organization", "dim_enterprise" -> List.of("is_current");
            case "dim_person" -> List.of("person_key");
            case "fact_enterprise_month" -> List.of("run_id", "file_id");
            case "fact_admission_event", "fact_person_month" -> List.of("submission_id", "run_id", "file_id", "person_key");
            default -> List.of("submission_id", "run_id", "file_id");
        };
    }

    private int runChild(Path warehouse, Path archive, Path inbox, String stage, int occurrence)
            throws IOException, InterruptedException
    {
        Process child = start(warehouse, archive, inbox, stage, occurrence);
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    committed = Integer.parseInt(line.substring("COMMITTED ".length()));
                }
                if (line.equals("PAUSED")) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return committed;
    }

    private Process start(Path warehouse, Path archive, Path inbox, String stage, int occurrence)
            throws IOException
    {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingIngestionMain.class.getName(),
                warehouse.toString(), archive.toString(), inbox.toString(), stage, String.valueOf(occurrence), String.valueOf(ROWS_PER_TRANSACTION))
                .redirectError(temp.resolve("child-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private static long count(Warehouse warehouse, String sql)
            throws SQLException
    {
        return Long.parseLong(text(warehouse, sql));
    }

    private static String text(Warehouse warehouse, String sql)
            throws SQLException
    {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
