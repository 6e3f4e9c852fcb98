package io.bastion.analytics.timeliness;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

/**
 * timeliness (报送及时率): per month, the active organizations whose current submission for the month is dated (报送日期)
 * by its deadline, the 5th of the next month, park-wide and per subtree; and the list of those without one, late or never.
 */
public final class SubmissionTimeliness
        implements MartComputation
{
    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        // read by both marts: computed once
        Dataset<Row> organizations = submissions(park).cache();
        return Map.of(
                "mart_submission_timeliness", rates(park, organizations),
                "mart_late_submission", late(organizations));
    }

    /**
     * Every active organization at every month with its current submission's date for that month (blank: none came).
     * Columns: month_key, org_code, org_name, parent_code, deadline, submitted_on, on_time.
     */
    private static Dataset<Row> submissions(ParkState park)
    {
        Dataset<Row> submitted = park.table("fact_submission").where(col("is_current"))
                .select("org_code", "month_key", "submitted_on");
        Dataset<Row> deadlines = park.months().select(col("month_key"), col("report_deadline").as("deadline"));
        Column onTime = col("submitted_on").isNotNull().and(col("submitted_on").leq(col("deadline")));
        return park.organizations().select("month_key", "org_code", "org_name", "parent_code")
                .join(deadlines, "month_key")
                .join(submitted, new String[] {"month_key", "org_code"}, "left_outer")
                .withColumn("on_time", onTime);
    }

    private static Dataset<Row> rates(ParkState park, Dataset<Row> organizations)
    {
        return Scopes.parkAndSubtrees(organizations, park.subtreeRoots(), "month_key", "org_code")
                .groupBy("month_key", "scope_kind", "scope_code")
                .agg(count(lit(1)).as("active_organizations"), Scopes.countWhere(col("on_time")).as("on_time"))
                .select(col("month_key"), col("scope_kind"), col("scope_code"), col("active_organizations"), col("on_time"),
                        Scopes.rate(col("on_time"), col("active_organizations")).as("timeliness_rate"));
    }

    private static Dataset<Row> late(Dataset<Row> organizations)
    {
        return organizations.where(not(col("on_time")))
                .select(col("month_key"), col("org_code"), col("org_name"), col("parent_code"), col("deadline"), col("submitted_on"),
                        datediff(col("submitted_on"), col("deadline")).as("days_late"));
    }
}
