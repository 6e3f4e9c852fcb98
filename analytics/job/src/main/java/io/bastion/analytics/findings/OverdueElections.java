package io.bastion.analytics.findings;

import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/** 换届逾期: organizations active at M whose term (3 years, 5 for a 党委) ended before end(M). */
final class OverdueElections
{
    static final String PARTY_COMMITTEE = "党委";
    static final int TERM_YEARS = 3;
    static final int PARTY_COMMITTEE_TERM_YEARS = 5;

    private OverdueElections() {}

    static Dataset<Row> of(ParkState park)
    {
        Column termYears = when(col("org_kind").equalTo(PARTY_COMMITTEE), lit(PARTY_COMMITTEE_TERM_YEARS)).otherwise(lit(TERM_YEARS));
        return park.organizations()
                .where(col("term_started_on").isNotNull())
                .join(park.months().select("month_key", "last_day"), "month_key")
                .withColumn("term_years", termYears)
                .withColumn("due_on", add_months(col("term_started_on"), col("term_years").multiply(12)))
                .where(col("due_on").lt(col("last_day")))
                .select(col("month_key"), col("org_code"), col("org_name"), col("parent_code"), col("org_kind"), col("term_started_on"),
                        col("term_years"), col("due_on"),
                        datediff(col("last_day"), col("due_on")).cast("bigint").as("days_overdue"));
    }
}
