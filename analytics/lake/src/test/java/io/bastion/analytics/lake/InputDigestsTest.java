package io.bastion.analytics.lake;

import io.bastion.sql.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;

import static io.bastion.analytics.Sql.execute;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From which month a change of the input reaches the month-by-month marts: a small warehouse (one branch, two people,
 * March to August 2024) exported and digested as the last done run, then changed one way at a time, exported and
 * digested again. The months expected are read off InputDigests' rules by hand.
 */
class InputDigestsTest
{
    private static final int FIRST_MONTH = 202403;
    private static final long LAST_DONE = 1;
    private static final long THIS_RUN = 2;

    @TempDir
    static Path migrated;
    @TempDir
    Path temp;
    private Warehouse warehouse;
    private Connection connection;

    /** Migrating a warehouse takes seconds: each test opens a copy of one migrated once. */
    @BeforeAll
    static void migrateOnce()
    {
        Warehouse.open(migrated.resolve("warehouse.duckdb")).close();
    }

    @BeforeEach
    void digestTheLastDoneRun()
            throws SQLException, IOException
    {
        Files.copy(migrated.resolve("warehouse.duckdb"), temp.resolve("warehouse.duckdb"));
        warehouse = Warehouse.open(temp.resolve("warehouse.duckdb"));
        connection = warehouse.connect();
        execute(connection, "INSERT INTO dim_organization VALUES ('B1', 202403, 999912, true, '一支部', '党支部', NULL, '非公企业', DATE '2020-01-01', NULL, NULL, '单独组建', NULL)");
        for (int month = 202403; month <= 202408; month++) {
            long submission = month - 202400;
            execute(connection, "INSERT INTO fact_submission VALUES (" + submission + ", 'B1', " + month + ", DATE '2024-01-01' + INTERVAL (" + (month - 202400)
                    + ") MONTH, TIMESTAMP '2024-09-01 08:00', true, true, NULL, 2, 0, 1, " + submission + ")");
            for (int person = 1; person <= 2; person++) {
                execute(connection, "INSERT INTO fact_person_month VALUES (" + submission + ", 'B1', " + month + ", " + person
                        + ", '大学本科', NULL, '一线职工', '正式党员', NULL, NULL, NULL, DATE '2010-05-01', DATE '2011-05-01', false, false, false, NULL, "
                        + person + ", 1, " + submission + ")");
            }
        }
        execute(connection, "INSERT INTO dim_person VALUES (1, '女', '汉族', DATE '1990-01-01', 202403), (2, '男', '汉族', DATE '1985-01-01', 202403)");
        execute(connection, "INSERT INTO fact_admission_event VALUES (1, '预备党员', DATE '2010-05-01', 201005, 'B1', 1, 1, 1),"
                + " (1, '正式党员', DATE '2011-05-01', 201105, 'B1', 1, 1, 1), (2, '入党积极分子', DATE '2024-05-10', 202405, 'B1', 3, 1, 3)");
        digest(LAST_DONE);
    }

    @AfterEach
    void close()
            throws SQLException
    {
        connection.close();
        warehouse.close();
    }

    @Test
    void theSameRowsFromAnotherRunAndFileChangeNothing()
            throws SQLException
    {
        execute(connection, "UPDATE fact_person_month SET run_id = 9, file_id = file_id + 100, row_no = 3 - row_no");
        execute(connection, "UPDATE fact_admission_event SET submission_id = 6, run_id = 9, file_id = 106, org_code = 'B2'");

        assertThat(changedFrom()).isEmpty();
    }

    @Test
    void aCorrectedRosterRowChangesItsReportMonthOn()
            throws SQLException
    {
        execute(connection, "UPDATE fact_person_month SET backbone = true WHERE month_key = 202406 AND person_key = 2");

        assertThat(changedFrom()).hasValue(202406);
    }

    @Test
    void aNewMonthChangesThatMonthOn()
            throws SQLException
    {
        execute(connection, "INSERT INTO fact_submission VALUES (9, 'B1', 202409, DATE '2024-10-03', TIMESTAMP '2024-10-03 08:00', true, true, NULL, 0, 0, 2, 9)");

        assertThat(changedFrom()).hasValue(202409);
    }

    @Test
    void aNewMemberOfAnAnalysedMonthChangesNoMonthByMonthMart()
            throws SQLException
    {
        // a 预备党员 in an analysed month: the year-to-date count of new members is recomputed for every month by every run
        execute(connection, "INSERT INTO fact_admission_event VALUES (2, '预备党员', DATE '2024-07-15', 202407, 'B1', 6, 2, 6)");

        assertThat(changedFrom()).isEmpty();
    }

    @Test
    void aNewMemberReportedLateWithAnEarlierDateChangesNoMonthByMonthMart()
            throws SQLException
    {
        // before the first analysed month, in its year (it counts in March's year-to-date) and years before
        execute(connection, "INSERT INTO fact_admission_event VALUES (2, '预备党员', DATE '2024-01-15', 202401, 'B1', 6, 2, 6)");
        execute(connection, "INSERT INTO fact_admission_event VALUES (3, '预备党员', DATE '2010-05-01', 201005, 'B1', 6, 2, 6)");

        assertThat(changedFrom()).isEmpty();
    }

    @Test
    void anActivistOfAnAnalysedMonthChangesNoMonthByMonthMart()
            throws SQLException
    {
        // only the marts computed over all months read the other stages
        execute(connection, "INSERT INTO fact_admission_event VALUES (2, '发展对象', DATE '2024-07-15', 202407, 'B1', 6, 2, 6)");

        assertThat(changedFrom()).isEmpty();
    }

    @Test
    void aNewOrganizationVersionChangesItsFirstMonthOnThoughTheOldVersionNowEnds()
            throws SQLException
    {
        execute(connection, "UPDATE dim_organization SET valid_to_month = 202406, is_current = false");
        execute(connection, "INSERT INTO dim_organization VALUES ('B1', 202407, 999912, true, '第一支部', '党支部', NULL, '非公企业', DATE '2020-01-01', NULL, NULL, '单独组建', NULL)");

        assertThat(changedFrom()).hasValue(202407);
    }

    @Test
    void aPersonsCorrectedBirthDateChangesTheMonthsFromTheirFirstReport()
            throws SQLException
    {
        execute(connection, "UPDATE dim_person SET birth_date = DATE '1991-01-01', first_month = 202405 WHERE person_key = 1");

        // their first month moved from March to May: both months' groups differ
        assertThat(changedFrom()).hasValue(FIRST_MONTH);
    }

    @Test
    void theEarliestOfSeveralChangesCounts()
            throws SQLException
    {
        execute(connection, "UPDATE fact_person_month SET education = '研究生' WHERE month_key = 202408");
        execute(connection, "UPDATE fact_submission SET submitted_on = DATE '2024-06-20' WHERE month_key = 202405");

        assertThat(changedFrom()).hasValue(202405);
    }

    private OptionalInt changedFrom()
    {
        digest(THIS_RUN);
        return InputDigests.firstDifference(connection, THIS_RUN, LAST_DONE);
    }

    private void digest(long analysisId)
    {
        LakeSnapshot lake = LakeExport.export(connection, temp.resolve("lake"));
        InputDigests.record(connection, analysisId, lake.directory());
    }
}
