package io.bastion.ingest.load;

import io.bastion.ingest.load.FileOutcome.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A row's validity does not depend on the order files arrive in, nor on the run that brings them:
 * references are checked against the warehouse and the whole run, and a row refused only for a
 * code not known yet is loaded once the code arrives. Hand-made cases on TinyPark's codes.
 */
class ArrivalOrderTest
{
    private static final String GRADES = "分类定级_2024Q4.csv";
    private static final String GRADES_LOADED = "SELECT coalesce(string_agg(org_code || ' ' || grade, ',' ORDER BY org_code), '') FROM fact_grade";

    @TempDir
    Path temp;

    @Test
    void loadsAQuartersGradesSentTogetherWithTheFirstSubmissionsOfTheOrganizationsTheyGrade()
            throws SQLException
    {
        Path folder = temp.resolve("inbox");
        grades(folder);
        firstSubmissions(folder);

        try (TestWarehouse warehouse = new TestWarehouse(temp.resolve("one-run"))) {
            RunSummary summary = warehouse.ingest(folder);

            assertThat(summary.files()).filteredOn(file -> file.fileName().equals(GRADES))
                    .extracting(file -> file.outcome() + " " + file.rowsLoaded() + " loaded " + file.rowsRejected() + " rejected")
                    .containsExactly("LOADED 2 loaded 0 rejected");
            assertThat(warehouse.query(GRADES_LOADED)).isEqualTo("B001 较好,P001 好");
            assertThat(warehouse.count("quarantine")).isZero();
            assertThat(warehouse.count("pending_reference")).isZero();
            assertThat(warehouse.query("SELECT outcome || ' ' || rows_loaded FROM archived_file WHERE original_name = '" + GRADES + "'")).isEqualTo("LOADED 2");
        }
    }

    @Test
    void loadsGradesRefusedForOrganizationsNotYetKnownOnceTheyReport()
            throws SQLException
    {
        Path gradesFolder = temp.resolve("grades");
        Path submissions = temp.resolve("submissions");
        grades(gradesFolder);
        firstSubmissions(submissions);

        try (TestWarehouse warehouse = new TestWarehouse(temp.resolve("two-runs"))) {
            warehouse.ingest(gradesFolder);

            assertThat(warehouse.query(GRADES_LOADED)).isEmpty();
            assertThat(warehouse.query("SELECT string_agg(rule || ' ' || value, ',' ORDER BY value) FROM quarantine"))
                    .isEqualTo("UNKNOWN_ORGANIZATION B001,UNKNOWN_ORGANIZATION P001");
            assertThat(warehouse.query("SELECT string_agg(reference || ' ' || code, ',' ORDER BY code) FROM pending_reference"))
                    .isEqualTo("ORGANIZATION B001,ORGANIZATION P001");

            RunSummary organizationsArrive = warehouse.ingest(submissions);

            assertThat(organizationsArrive.reprocessed()).extracting(file -> file.fileName() + " " + file.outcome() + " " + file.rowsLoaded())
                    .containsExactly(GRADES + " LOADED 2");
            assertThat(warehouse.query(GRADES_LOADED)).isEqualTo("B001 较好,P001 好");
            assertThat(warehouse.count("quarantine")).as("the refusals are replaced by the new check").isZero();
            assertThat(warehouse.count("restricted.quarantine_raw_row")).isZero();
            assertThat(warehouse.count("pending_reference")).isZero();
            assertThat(warehouse.query("SELECT message FROM ingest_run WHERE run_id = " + organizationsArrive.runId())).contains("REPROCESSED=1");
            assertThat(warehouse.query("SELECT outcome || ' ' || rows_loaded || ' ' || rows_rejected FROM archived_file WHERE original_name = '" + GRADES + "'"))
                    .isEqualTo("LOADED 2 0");

            // The identical file sent again still changes nothing.
            String before = warehouse.fingerprint();
            RunSummary again = warehouse.ingest(gradesFolder);

            assertThat(again.count(Outcome.DUPLICATE)).isEqualTo(1);
            assertThat(warehouse.fingerprint()).isEqualTo(before);
        }
    }

    @Test
    void loadsSubmissionsThatArrivedBeforeTheirParentAndTheRegistryOnceBothHave()
            throws SQLException
    {
        Path branch = temp.resolve("branch");
        Path committee = temp.resolve("committee");
        Path registry = temp.resolve("registry");
        TinyPark.branch(branch, "2025-01", "2025-02-03");
        TinyPark.committee(committee, "2025-01", "2025-02-03");
        TinyPark.registry(registry, "2025-01");

        TestWarehouse inOrder = new TestWarehouse(temp.resolve("in-order"));
        TestWarehouse backwards = new TestWarehouse(temp.resolve("backwards"));
        try (inOrder; backwards) {
            inOrder.ingest(registry, committee, branch);

            RunSummary branchFirst = backwards.ingest(branch);
            assertThat(branchFirst.count(Outcome.REJECTED)).isEqualTo(3);
            assertThat(backwards.query("SELECT string_agg(DISTINCT rule, ',' ORDER BY rule) FROM quarantine"))
                    .isEqualTo("UNKNOWN_PARENT_ORGANIZATION,UNKNOWN_UNIT");
            backwards.ingest(committee);
            assertThat(backwards.count("fact_submission")).as("no unit is registered yet").isZero();

            RunSummary registryLast = backwards.ingest(registry);

            assertThat(registryLast.reprocessed()).extracting(file -> file.fileName() + " " + file.outcome())
                    .containsExactlyInAnyOrder("P001_2025-01.json LOADED", "B001_2025-01_组织信息.csv LOADED", "B001_2025-01_人员信息.csv LOADED",
                            "B001_2025-01_组织生活.csv LOADED");
            assertThat(backwards.count("pending_reference")).isZero();
            assertThat(backwards.count("quarantine")).isZero();
        }
        assertThat(WarehouseComparison.differences(inOrder.file(), backwards.file())).isEmpty();
    }

    @Test
    void reprocessesAnArchivedFileOnAnAdminsRequestInARunOfItsOwn()
            throws SQLException
    {
        Path folder = temp.resolve("inbox");
        grades(folder);
        firstSubmissions(folder);
        try (TestWarehouse warehouse = new TestWarehouse(temp.resolve("admin"))) {
            warehouse.ingest(folder);
            String grades = warehouse.rows("SELECT * EXCLUDE (run_id) FROM fact_grade ORDER BY org_code").toString();
            String people = warehouse.rows("SELECT * EXCLUDE (run_id) FROM fact_person_month ORDER BY person_key").toString();
            long gradesFile = Long.parseLong(warehouse.query("SELECT file_id FROM archived_file WHERE original_name = '" + GRADES + "'"));
            long organizationPart = Long.parseLong(warehouse.query("SELECT file_id FROM archived_file WHERE original_name = 'B001_2025-01_组织信息.csv'"));
            long peoplePart = Long.parseLong(warehouse.query("SELECT file_id FROM archived_file WHERE original_name = 'B001_2025-01_人员信息.csv'"));

            RunSummary feed = warehouse.ingestion().reprocess(gradesFile, "admin");
            RunSummary submission = warehouse.ingestion().reprocess(organizationPart, "admin");

            assertThat(feed.files()).isEmpty();
            assertThat(feed.reprocessed()).extracting(file -> file.fileName() + " " + file.outcome()).containsExactly(GRADES + " LOADED");
            assertThat(submission.reprocessed()).extracting(FileOutcome::fileName)
                    .containsExactly("B001_2025-01_组织信息.csv", "B001_2025-01_人员信息.csv", "B001_2025-01_组织生活.csv");
            assertThat(warehouse.query("SELECT string_agg(source || ' ' || status || ' ' || files_done, ',' ORDER BY run_id) FROM ingest_run WHERE run_id > 1"))
                    .isEqualTo("admin SUCCEEDED 1,admin SUCCEEDED 3");
            assertThat(warehouse.rows("SELECT * EXCLUDE (run_id) FROM fact_grade ORDER BY org_code").toString()).isEqualTo(grades);
            assertThat(warehouse.rows("SELECT * EXCLUDE (run_id) FROM fact_person_month ORDER BY person_key").toString())
                    .as("the submission keeps its number").isEqualTo(people);
            assertThat(warehouse.count("fact_submission")).isEqualTo(2);
            assertThatThrownBy(() -> warehouse.ingestion().reprocess(peoplePart, "admin"))
                    .isInstanceOfSatisfying(ReprocessRefusedException.class, e -> assertThat(e.error()).isEqualTo(ReprocessError.NOT_THE_ORGANIZATION_PART));
            assertThatThrownBy(() -> warehouse.ingestion().reprocess(999_999, "admin"))
                    .isInstanceOfSatisfying(ReprocessRefusedException.class, e -> assertThat(e.chinese()).contains("归档中没有这个文件编号"));
        }
    }

    /** The committee grades the park's 党委 and the branch of 甲 for 2024Q4. */
    private static void grades(Path folder)
    {
        TinyPark.write(folder.resolve(GRADES), StandardCharsets.UTF_8,
                "组织代码,评定期间,等级,得分,评定日期",
                "P001,2024Q4,好,92,2025-01-10",
                "B001,2024Q4,较好,85,2025-01-10");
    }

    /** The registry and both organizations' first monthly submissions, for 2025-01. */
    private static void firstSubmissions(Path folder)
    {
        TinyPark.registry(folder, "2025-01");
        TinyPark.committee(folder, "2025-01", "2025-02-03");
        TinyPark.branch(folder, "2025-01", "2025-02-03");
    }
}
