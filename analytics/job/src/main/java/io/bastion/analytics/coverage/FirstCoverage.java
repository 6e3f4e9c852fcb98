package io.bastion.analytics.coverage;

import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

/**
 * 新入驻企业覆盖用时: for every enterprise that moved in during the analysed months, the first analysed month at whose
 * end it was org-covered and the days from moving in to that month's last day. Recomputed from a month, the first
 * coverage before that month is the last run's (the months before it did not change), and later ones are looked up in the
 * recomputed months.
 */
final class FirstCoverage
{
    private FirstCoverage() {}

    /**
     * The enterprise's name, category, industry and moved_in_on are those of its latest registry row at or before the
     * last analysed month (the catalogue names no month for a table without one; the latest is what a reader expects).
     */
    static Dataset<Row> of(ParkState park, Dataset<Row> status)
    {
        Dataset<Row> range = park.allMonths().agg(min("first_day").as("first_analysed_day"), max("month_key").as("last_analysed_month"),
                max("last_day").as("last_analysed_day"));
        Dataset<Row> registryRows = park.table("fact_enterprise_month").crossJoin(range)
                .where(col("month_key").leq(col("last_analysed_month")));
        // a unit has one registry row per month: its latest is that of its last month, found by a per-unit maximum and a
        // broadcast semi-join, so that the registry's history is neither shuffled nor sorted
        Dataset<Row> lastMonths = registryRows.groupBy("unit_code").agg(max("month_key").as("month_key"));
        Dataset<Row> registry = registryRows.join(broadcast(lastMonths), new String[] {"unit_code", "month_key"}, "left_semi")
                .where(col("moved_in_on").geq(col("first_analysed_day"))
                        .and(col("moved_in_on").leq(col("last_analysed_day"))));
        Dataset<Row> covered = park.withLastRunBefore(status.where(col("covered")).select(col("unit_code"), col("month_key").as("first_covered_month")),
                ParkState.PREVIOUS_FIRST_COVERAGE, "first_covered_month");
        Dataset<Row> firstCovered = covered.groupBy("unit_code").agg(min("first_covered_month").as("first_covered_month"));
        Dataset<Row> lastDays = park.allMonths().select(col("month_key").as("first_covered_month"), col("last_day"));
        return registry.join(firstCovered, "unit_code", "left")
                .join(lastDays, "first_covered_month", "left")
                .select(col("unit_code"), col("unit_name"), col("unit_category"), col("industry"), col("moved_in_on"),
                        col("first_covered_month"),
                        datediff(col("last_day"), col("moved_in_on")).as("days_to_coverage"));
    }
}
