package io.bastion.analytics.admissions;

import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static io.bastion.analytics.park.Scopes.rate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.year;

/**
 * 积极分子转化: per activist cohort (the year of activist_on) and scope (park; subtree of the activist event's organization
 * at the last analysed month), the shares that went on to each later stage and the median days between stages.
 */
final class AdmissionConversion
{
    private AdmissionConversion() {}

    static Dataset<Row> of(ParkState park)
    {
        Dataset<Row> lastMonth = park.months().agg(max("month_key").as("scope_month"));
        Dataset<Row> cohorts = AdmissionDates.of(park)
                .where(col("activist_on").isNotNull())
                .withColumn("cohort_year", year(col("activist_on")))
                .crossJoin(lastMonth);
        return Scopes.parkAndSubtrees(cohorts, park.subtreeRoots(), "scope_month", "activist_org")
                .groupBy("cohort_year", Scopes.KIND, Scopes.CODE)
                .agg(count(lit(1)).as("activists"),
                        count(col("candidate_on")).as("became_candidates"),
                        count(col("joined_on")).as("became_probationary"),
                        count(col("full_on")).as("became_full"),
                        medianDays("applied_on", "activist_on").as("median_days_applied_to_activist"),
                        medianDays("activist_on", "candidate_on").as("median_days_activist_to_candidate"),
                        medianDays("candidate_on", "joined_on").as("median_days_candidate_to_probationary"),
                        medianDays("joined_on", "full_on").as("median_days_probationary_to_full"))
                .select(col("cohort_year"), col(Scopes.KIND), col(Scopes.CODE),
                        col("activists"), col("became_candidates"), col("became_probationary"), col("became_full"),
                        rate(col("became_candidates"), col("activists")).as("candidate_share"),
                        rate(col("became_probationary"), col("activists")).as("probationary_share"),
                        rate(col("became_full"), col("activists")).as("full_share"),
                        col("median_days_applied_to_activist"), col("median_days_activist_to_candidate"),
                        col("median_days_candidate_to_probationary"), col("median_days_probationary_to_full"));
    }

    /** The exact, interpolated median of to − from over the people having both dates (percentile skips blanks). */
    private static Column medianDays(String from, String to)
    {
        return percentile(datediff(col(to), col(from)), lit(0.5));
    }
}
