package io.bastion.analytics.targets;

import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

/** The year's target of every indicator: the 年度目标 feed's value for the year, else the park plan's default. */
public final class AnnualTargets
{
    private AnnualTargets() {}

    /** Columns: year, indicator, target_value (DECIMAL(12, 4)), for every year of the analysed months. */
    public static Dataset<Row> of(ParkState park)
    {
        Dataset<Row> years = park.months().select("year").distinct();
        Dataset<Row> defaults = park.table("default_annual_target").select(col("indicator"), col("target_value").as("default_value"));
        Dataset<Row> feed = park.table("fact_annual_target").select(col("year"), col("indicator"), col("target_value").as("feed_value"));
        // per year and indicator: a feed that leaves an indicator out (the simulated one names no 示范点) keeps its default
        return years.crossJoin(defaults)
                .join(feed, new String[] {"year", "indicator"}, "left_outer")
                .select(col("year"), col("indicator"), coalesce(col("feed_value"), col("default_value")).as("target_value"));
    }
}
