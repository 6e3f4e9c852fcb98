package io.bastion.analytics.coverage;

import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;

/**
 * Each active enterprise at each month with what docs/kpi-catalogue.md §Coverage at M says of it: org-covered, own
 * organization, full members, work-covered, days in the park, and the organizations covering it.
 */
final class EnterpriseCoverage
{
    static final String OWN_FORMATION = "单独组建";

    private EnterpriseCoverage() {}

    /**
     * Columns: month_key, last_day, unit_code, unit_name, unit_category, industry, moved_in_on, covered, own_organization,
     * full_members, work_covered, days_in_park, covering_orgs (codes sorted and joined by ';', empty when none).
     */
    static Dataset<Row> of(ParkState park)
    {
        Dataset<Row> links = park.coverageLinks();
        Dataset<Row> covering = links.groupBy("month_key", "unit_code")
                .agg(array_join(array_sort(collect_set(col("org_code"))), ";").as("covering_orgs"));
        Dataset<Row> formations = park.organizations().select("month_key", "org_code", "formation");
        Dataset<Row> own = links.where(col("attached").equalTo(false))
                .join(formations, new String[] {"month_key", "org_code"}, "inner")
                .where(col("formation").equalTo(OWN_FORMATION))
                .select("month_key", "unit_code").distinct()
                .withColumn("own_organization", lit(true));
        Dataset<Row> fullMembers = park.people().where(col("stage").equalTo(ParkState.FULL_MEMBER).and(col("unit_code").isNotNull()))
                .groupBy("month_key", "unit_code")
                .agg(count(lit(1)).as("full_members"));
        Dataset<Row> lastDays = park.months().select("month_key", "last_day");
        return park.enterprises()
                .join(lastDays, "month_key")
                .join(covering, new String[] {"month_key", "unit_code"}, "left")
                .join(own, new String[] {"month_key", "unit_code"}, "left")
                .join(fullMembers, new String[] {"month_key", "unit_code"}, "left")
                .select(col("month_key"), col("last_day"), col("unit_code"), col("unit_name"), col("unit_category"), col("industry"),
                        col("moved_in_on"),
                        col("covering_orgs").isNotNull().as("covered"),
                        coalesce(col("own_organization"), lit(false)).as("own_organization"),
                        coalesce(col("full_members"), lit(0L)).as("full_members"),
                        col("covering_orgs").isNotNull()
                                .or(Scopes.notBlank(col("instructor")))
                                .or(col("has_union"))
                                .or(col("has_youth_league")).as("work_covered"),
                        datediff(col("last_day"), col("moved_in_on")).as("days_in_park"),
                        coalesce(col("covering_orgs"), lit("")).as("covering_orgs"));
    }

    /**
     * The subtrees each enterprise belongs to at each month: an organization of the subtree links to it, or a person
     * counted in one of its organizations works there. Columns: month_key, root_code, unit_code.
     */
    static Dataset<Row> subtreeMembership(ParkState park)
    {
        Dataset<Row> linked = park.coverageLinks().select("month_key", "org_code", "unit_code");
        Dataset<Row> employing = park.people().where(col("unit_code").isNotNull()).select("month_key", "org_code", "unit_code");
        return linked.union(employing)
                .join(park.subtrees(), new String[] {"month_key", "org_code"}, "inner")
                .select("month_key", "root_code", "unit_code")
                .distinct();
    }
}
