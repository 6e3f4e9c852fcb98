package io.bastion.analytics.targets;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

/**
 * targets (年度目标进度): every month, each indicator's year-to-date count or park rate against the year's target,
 * with the gap and, for counts, the pace needed per remaining month. The park rates are computed here from the park's
 * state, not read from the other families' marts, so that this family stands alone.
 */
public final class Targets
        implements MartComputation
{
    private static final int MONTHS_IN_YEAR = 12;

    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        Dataset<Row> months = indicatorMonths(park.months());
        // A member reported late with an earlier 入党 date changes the year-to-date of any past month: every run counts
        // the new members of every month, also when it recomputes from a month (the mart load replaces those rows whole).
        Dataset<Row> allMonths = indicatorMonths(park.allMonths());
        Dataset<Row> actuals = ParkIndicators.newOrganizations(park, months)
                .unionByName(ParkIndicators.newMembers(park, allMonths))
                .unionByName(ParkIndicators.participation(park, months))
                .unionByName(ParkIndicators.memberRates(park, months))
                .unionByName(ParkIndicators.advancedRate(park, months))
                .unionByName(ParkIndicators.sites(park, months));
        Column monthsLeft = lit(MONTHS_IN_YEAR).minus(col("month_of_year"));
        Column gap = col("target_value").cast("double").minus(col("actual"));
        Column pace = when(col("indicator").isin(Indicator.countLabels()).and(col("months_left").gt(0)),
                greatest(col("gap"), lit(0.0)).divide(col("months_left")));
        return Map.of("mart_targets", actuals.join(allMonths.select("month_key", "year", "month_of_year"), "month_key")
                .join(AnnualTargets.of(park.whole()), new String[] {"year", "indicator"})
                .withColumn("months_left", monthsLeft)
                .withColumn("gap", gap)
                .select(col("month_key"), col("year"), col("indicator"), col("target_value"), col("actual"), col("gap"),
                        col("months_left"), pace.as("pace_needed")));
    }

    private static Dataset<Row> indicatorMonths(Dataset<Row> months)
    {
        return months.select(col("month_key"), col("year"), col("month_of_year"), col("last_day"), trunc(col("last_day"), "year").as("first_day_of_year"));
    }
}
