package io.bastion.analytics.targets;

import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import io.bastion.analytics.sites.DemonstrationSites;
import io.bastion.analytics.sites.SiteLevel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

/**
 * The park-wide actual of each indicator at each month (docs/kpi-catalogue.md §Targets), as rows
 * (month_key, indicator, actual DOUBLE); the months are (month_key, year, month_of_year, last_day, first_day_of_year).
 */
final class ParkIndicators
{
    private static final String GOOD = "好";

    private ParkIndicators() {}

    /** 新建基层党组织: organizations whose version at M was established between 1 January and end(M). */
    static Dataset<Row> newOrganizations(ParkState park, Dataset<Row> months)
    {
        Dataset<Row> versions = park.table("dim_organization").select("org_code", "valid_from_month", "valid_to_month", "established_on");
        Dataset<Row> established = months.join(versions,
                        col("month_key").between(col("valid_from_month"), col("valid_to_month"))
                                .and(col("established_on").between(col("first_day_of_year"), col("last_day"))))
                .groupBy("month_key")
                .agg(countDistinct(col("org_code")).as("actual"));
        return countEveryMonth(months, established, Indicator.NEW_ORGANIZATIONS);
    }

    /** 新发展党员: 预备党员 events dated between 1 January and end(M), that is in a month from January to M. */
    static Dataset<Row> newMembers(ParkState park, Dataset<Row> months)
    {
        // counted per month first, so that the year-to-date sums join months to months, not to every event
        Dataset<Row> perMonth = park.table("fact_admission_event").where(col("stage").equalTo(ParkState.PROBATIONARY_MEMBER))
                .groupBy(year(col("event_date")).multiply(100).plus(month(col("event_date"))).as("event_month"))
                .agg(count(lit(1)).as("events"));
        Dataset<Row> admitted = months.join(perMonth, col("event_month").between(col("year").multiply(100).plus(1), col("month_key")))
                .groupBy("month_key")
                .agg(sum("events").as("actual"));
        return countEveryMonth(months, admitted, Indicator.NEW_MEMBERS);
    }

    /** 党员参加组织生活率: Σ attended ÷ Σ expected over the events of M. */
    static Dataset<Row> participation(ParkState park, Dataset<Row> months)
    {
        Dataset<Row> rates = park.table("fact_organization_life").groupBy("month_key")
                .agg(Scopes.rate(sum("attended"), sum("expected")).as("actual"));
        return rateEveryMonth(months, rates, Indicator.PARTICIPATION);
    }

    /** 流动党员纳入管理率 and 业务骨干率 over the members at M. */
    static Dataset<Row> memberRates(ParkState park, Dataset<Row> months)
    {
        Dataset<Row> counts = park.members().groupBy("month_key")
                .agg(count(lit(1)).as("members"), Scopes.countWhere(col("mobile")).as("mobile_members"),
                        Scopes.countWhere(col("mobile").and(col("managed"))).as("mobile_managed"),
                        Scopes.countWhere(col("backbone")).as("backbone_members"));
        Dataset<Row> mobile = counts.select(col("month_key"), Scopes.rate(col("mobile_managed"), col("mobile_members")).as("actual"));
        Dataset<Row> backbone = counts.select(col("month_key"), Scopes.rate(col("backbone_members"), col("members")).as("actual"));
        return rateEveryMonth(months, mobile, Indicator.MOBILE_MANAGED).unionByName(rateEveryMonth(months, backbone, Indicator.BACKBONE));
    }

    /** 先进率: 好 ÷ assessed, park-wide, of the latest grading period whose last month is at or before M. */
    static Dataset<Row> advancedRate(ParkState park, Dataset<Row> months)
    {
        Dataset<Row> periods = park.table("fact_grade").groupBy("period_end_month")
                .agg(Scopes.rate(Scopes.countWhere(col("grade").equalTo(GOOD)), count(lit(1))).as("advanced_rate"));
        Dataset<Row> latest = months.select("month_key")
                .join(periods, col("period_end_month").leq(col("month_key")))
                .groupBy("month_key")
                .agg(max_by(col("advanced_rate"), col("period_end_month")).as("actual"));
        return rateEveryMonth(months, latest, Indicator.ADVANCED);
    }

    /** 市级示范点, 区级示范点, 部门级示范点: the sites of each level active at M. */
    static Dataset<Row> sites(ParkState park, Dataset<Row> months)
    {
        Dataset<Row> active = DemonstrationSites.activeSites(park).groupBy("month_key", "level").agg(count(lit(1)).as("sites"));
        return months.select("month_key").crossJoin(SiteLevel.levels(park.spark()))
                .join(active, new String[] {"month_key", "level"}, "left_outer")
                .select(col("month_key"), SiteLevel.indicator(col("level")).as("indicator"),
                        coalesce(col("sites"), lit(0L)).cast("double").as("actual"));
    }

    /** A count per month, 0 in the months without any. */
    private static Dataset<Row> countEveryMonth(Dataset<Row> months, Dataset<Row> counts, Indicator indicator)
    {
        return months.select("month_key").join(counts, new String[] {"month_key"}, "left_outer")
                .select(col("month_key"), lit(indicator.label()).as("indicator"), coalesce(col("actual"), lit(0L)).cast("double").as("actual"));
    }

    /** A rate per month, blank in the months where it cannot be measured. */
    private static Dataset<Row> rateEveryMonth(Dataset<Row> months, Dataset<Row> rates, Indicator indicator)
    {
        return months.select("month_key").join(rates, new String[] {"month_key"}, "left_outer")
                .select(col("month_key"), lit(indicator.label()).as("indicator"), col("actual"));
    }
}
