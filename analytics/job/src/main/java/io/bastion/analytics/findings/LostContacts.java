package io.bastion.analytics.findings;

import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import static io.bastion.analytics.park.ParkState.monthIndex;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * 失联党员 (docs/kpi-catalogue.md §Lost contact): at each month, members whose latest roster row over all organizations
 * says 失联, or who have not been on any roster for more than 6 months.
 */
final class LostContacts
{
    static final String LOST = "失联";
    static final int UNREPORTED_MONTHS = 6;

    private LostContacts() {}

    static Dataset<Row> of(ParkState park)
    {
        Dataset<Row> submissions = park.table("fact_submission").where(col("is_current")).select("submission_id", "submitted_on");
        Dataset<Row> current = park.table("fact_person_month")
                .join(submissions, "submission_id")
                .select(col("person_key"), col("org_code"), col("month_key").as("report_month"), col("submitted_on"), col("submission_id"),
                        col("stage"), col("left_reason"));
        // both windows below are per person: placed by person once, so that neither needs a shuffle of its own
        Dataset<Row> rows = park.reachingComputedMonths(current, "person_key", "report_month").repartition(col("person_key"));
        // the person's row of each report month (on a tie, the later 报送日期, then the larger submission), which stays their
        // latest row from that month until the month before their next report month
        Dataset<Row> latestOfMonth = ParkState.latest(rows, Window.partitionBy("person_key", "report_month")
                        .orderBy(col("submitted_on").desc(), col("submission_id").desc()))
                .withColumn("next_report_month", lead("report_month", 1).over(Window.partitionBy("person_key").orderBy("report_month")));
        Column monthsUnreported = monthIndex(col("month_key")).minus(monthIndex(col("report_month"))).cast("bigint");
        Dataset<Row> members = latestOfMonth.where(col("stage").isin(ParkState.FULL_MEMBER, ParkState.PROBATIONARY_MEMBER));
        return park.atAnalysedMonths(members, "report_month", "next_report_month", "month_key")
                .withColumn("months_unreported", monthsUnreported)
                .withColumn("reason", when(col("left_reason").equalTo(LOST), lit("支部报告失联"))
                        .when(col("left_reason").isNull().and(col("months_unreported").gt(UNREPORTED_MONTHS)), lit("超过6个月无报告")))
                .where(col("reason").isNotNull())
                .select(col("month_key"), col("person_key"), col("org_code"), col("report_month").as("last_report_month"),
                        col("months_unreported"), col("reason"));
    }
}
