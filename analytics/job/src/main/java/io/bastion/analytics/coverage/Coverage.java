package io.bastion.analytics.coverage;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

import static io.bastion.analytics.park.Scopes.rate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * Coverage (覆盖): 组织覆盖率, 单独组建率, 应建未建, 工作覆盖率 per month and scope (park, subtree, unit category, industry),
 * the must-form and long-uncovered lists, and how long new enterprises waited for coverage.
 */
public final class Coverage
        implements MartComputation
{
    static final int UNCOVERED_DAYS = 90;
    static final int MUST_FORM_FULL_MEMBERS = 3;

    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        Dataset<Row> status = EnterpriseCoverage.of(park).cache();
        return Map.of(
                "mart_coverage", coverage(status, EnterpriseCoverage.subtreeMembership(park)),
                "mart_must_form", mustForm(status),
                "mart_uncovered_enterprise", uncovered(status),
                "mart_enterprise_first_coverage", FirstCoverage.of(park, status));
    }

    private static Dataset<Row> coverage(Dataset<Row> status, Dataset<Row> subtreeMembership)
    {
        Dataset<Row> inSubtrees = status.join(subtreeMembership, new String[] {"month_key", "unit_code"}, "inner")
                .withColumn(Scopes.KIND, lit("subtree"))
                .withColumn(Scopes.CODE, col("root_code"))
                .drop("root_code");
        Dataset<Row> scoped = Scopes.park(status)
                .unionByName(inSubtrees)
                .unionByName(Scopes.attribute(status, "unit_category", "unit_category"))
                .unionByName(Scopes.attribute(status, "industry", "industry"));
        Column threeFull = col("full_members").geq(MUST_FORM_FULL_MEMBERS);
        return scoped.groupBy("month_key", Scopes.KIND, Scopes.CODE)
                .agg(count(lit(1)).as("active_enterprises"),
                        Scopes.countWhere(col("covered")).as("covered_enterprises"),
                        Scopes.countWhere(threeFull).as("enterprises_with_three_full"),
                        Scopes.countWhere(threeFull.and(col("own_organization"))).as("own_organization_enterprises"),
                        Scopes.countWhere(col("work_covered")).as("work_covered_enterprises"),
                        Scopes.countWhere(col("covered").equalTo(false).and(col("days_in_park").gt(UNCOVERED_DAYS))).as("uncovered_over_90_days"))
                .select(col("month_key"), col(Scopes.KIND), col(Scopes.CODE),
                        col("active_enterprises"),
                        col("covered_enterprises"),
                        rate(col("covered_enterprises"), col("active_enterprises")).as("org_coverage_rate"),
                        col("enterprises_with_three_full"),
                        col("own_organization_enterprises"),
                        rate(col("own_organization_enterprises"), col("enterprises_with_three_full")).as("own_branch_rate"),
                        col("enterprises_with_three_full").minus(col("own_organization_enterprises")).as("must_form_enterprises"),
                        col("work_covered_enterprises"),
                        rate(col("work_covered_enterprises"), col("active_enterprises")).as("work_coverage_rate"),
                        col("uncovered_over_90_days"));
    }

    private static Dataset<Row> mustForm(Dataset<Row> status)
    {
        return status.where(col("full_members").geq(MUST_FORM_FULL_MEMBERS).and(col("own_organization").equalTo(false)))
                .select("month_key", "unit_code", "unit_name", "unit_category", "industry", "full_members", "covering_orgs");
    }

    private static Dataset<Row> uncovered(Dataset<Row> status)
    {
        return status.where(col("covered").equalTo(false).and(col("days_in_park").gt(UNCOVERED_DAYS)))
                .select(col("month_key"), col("unit_code"), col("unit_name"), col("unit_category"), col("industry"), col("moved_in_on"),
                        col("days_in_park").cast("bigint").as("days_in_park"));
    }
}
