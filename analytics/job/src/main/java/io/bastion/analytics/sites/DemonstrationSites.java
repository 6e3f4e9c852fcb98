package io.bastion.analytics.sites;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import io.bastion.analytics.targets.AnnualTargets;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * demonstration sites (示范点): sites active at the end of each month per level, park-wide against the year's target
 * and per subtree of the site's organization.
 */
public final class DemonstrationSites
        implements MartComputation
{
    /** The scope_kind {@link Scopes#park} gives: only the park's rows carry the year's target. */
    private static final String PARK_SCOPE = "park";

    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        // read twice (the counts and every scope's levels): computed once
        Dataset<Row> scoped = Scopes.parkAndSubtrees(activeSites(park), park.subtreeRoots(), "month_key", "org_code").cache();
        Dataset<Row> counted = scoped.groupBy("month_key", "scope_kind", "scope_code", "level").agg(count(lit(1)).as("sites"));
        // every level of a scope with any site, so that a level without sites shows 0 against its target
        Dataset<Row> perScope = scoped.select("month_key", "year", "scope_kind", "scope_code").distinct()
                .crossJoin(SiteLevel.levels(park.spark()))
                .join(counted, new String[] {"month_key", "scope_kind", "scope_code", "level"}, "left_outer")
                .withColumn("active_sites", coalesce(col("sites"), lit(0L)));
        Dataset<Row> targets = AnnualTargets.of(park)
                .select(col("year").as("target_year"), col("indicator"), col("target_value").as("target_sites"));
        Column parkLevelTarget = col("target_year").equalTo(col("year"))
                .and(col("indicator").equalTo(SiteLevel.indicator(col("level"))))
                .and(col(Scopes.KIND).equalTo(PARK_SCOPE));
        return Map.of("mart_demonstration_sites", perScope.join(targets, parkLevelTarget, "left_outer")
                .select("month_key", "scope_kind", "scope_code", "level", "active_sites", "target_sites"));
    }

    /**
     * The sites active at each analysed month: named on or before its end and not revoked before it (a site revoked on
     * the last day still counts, as DOMAIN.md's "撤销日期 blank or ≥ end(M)" says). Columns: month_key, year, org_code, level.
     */
    public static Dataset<Row> activeSites(ParkState park)
    {
        Dataset<Row> sites = park.table("fact_demonstration_site");
        Dataset<Row> months = park.months().select("month_key", "year", "last_day");
        Column active = sites.col("named_on").leq(months.col("last_day"))
                .and(sites.col("revoked_on").isNull().or(sites.col("revoked_on").geq(months.col("last_day"))));
        return months.join(sites, active)
                .select(months.col("month_key"), months.col("year"), sites.col("org_code"), sites.col("level"));
    }
}
