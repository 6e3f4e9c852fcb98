package io.bastion.analytics.organizationlife;

import io.bastion.analytics.Sql;
import io.bastion.analytics.job.AnalysisSettings;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.testing.MartCheck;
import io.bastion.analytics.testing.TestLake;
import io.bastion.analytics.testing.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationLifeTest
{
    /** mart_life_compliance_branch's columns but the verdict. */
    private static final String HELD = "quarter, org_code, org_name, org_kind, general_meetings, party_lectures, "
            + "committee_months_required, committee_months_held, group_months_required, group_months_held, theme_day_months_held";

    @Test
    void holdsBranchesToThePartyLecturesTheParkAsks()
            throws SQLException
    {
        TestLake lake = TestLake.scaleOne();
        ParkState strict = new ParkState(TestSpark.session(), lake.lake(), new AnalysisSettings(2));
        Dataset<Row> branches = new OrganizationLife().compute(strict).get("mart_life_compliance_branch");
        assertThat(MartCheck.actualColumns(branches)).containsExactlyElementsOf(new MartCheck(lake).expectedColumns("mart_life_compliance_branch"));
        Path written = lake.scratch("two-lectures");
        branches.write().mode("overwrite").parquet(written.toString());
        String actual = "SELECT " + HELD + ", compliant FROM read_parquet('" + written + "/*.parquet')";
        // the oracle knows the default rule (1 党课) only: under a rule of 2, its compliant branches that held 2 stay compliant
        String expected = "SELECT " + HELD + ", compliant AND party_lectures >= 2 AS compliant FROM oracle_life_compliance_branch";
        try (Connection connection = lake.warehouse().connect()) {
            assertThat(Sql.count(connection, "SELECT count(*) FROM (" + actual + " EXCEPT ALL " + expected + ")")).isZero();
            assertThat(Sql.count(connection, "SELECT count(*) FROM (" + expected + " EXCEPT ALL " + actual + ")")).isZero();
            assertThat(Sql.count(connection, "SELECT count(*) FROM oracle_life_compliance_branch WHERE compliant AND party_lectures < 2"))
                    .as("branches the stricter rule turns non-compliant")
                    .isPositive();
        }
    }
}
