package io.bastion.analytics.grades;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

/**
 * gradeMigration (分类定级, 晋位升级): the grade distribution, 先进率, the P−1 → P migration matrix with 晋位率, 降级率 and
 * 后进转化率, and the list of organizations graded 较差, per grading period, park-wide and per subtree at the period's
 * last month.
 */
public final class GradeMigration
        implements MartComputation
{
    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        // the family's base, read by each of its marts: computed once
        Dataset<Row> comparisons = comparisons(park.table("fact_grade")).cache();
        Dataset<Row> scoped = Scopes.parkAndSubtrees(comparisons, park.subtreeRoots(), "period_end_month", "org_code").cache();
        return Map.of(
                "mart_grade_distribution", distribution(scoped),
                "mart_grade_summary", summary(scoped),
                "mart_grade_migration", migration(scoped),
                "mart_backward_organization", backward(comparisons, park.table("dim_organization")));
    }

    /**
     * Per grading period P, every organization graded in P or in P−1, with both grades (blank where not graded).
     * Columns: period, previous_period, period_end_month, org_code, grade, standing, score, previous_grade, previous_standing.
     */
    static Dataset<Row> comparisons(Dataset<Row> factGrade)
    {
        Dataset<Row> grades = factGrade.select(col("org_code"), col("period"), col("period_end_month"), col("grade"), col("score"))
                .withColumn("standing", Grade.standing(col("grade")));
        Dataset<Row> periods = grades.select("period", "period_end_month").distinct()
                .withColumn("previous_period", previousQuarter(col("period")));
        Dataset<Row> current = grades.join(periods.select("period", "previous_period"), "period");
        Dataset<Row> previous = periods.join(grades.select(col("period").as("previous_period"), col("org_code"),
                col("grade").as("previous_grade"), col("standing").as("previous_standing")), "previous_period");
        return current.join(previous, new String[] {"period", "previous_period", "period_end_month", "org_code"}, "full_outer");
    }

    /** The calendar quarter before a period label: 2025Q1 → 2024Q4, 2025Q3 → 2025Q2. */
    static Column previousQuarter(Column period)
    {
        Column year = substring(period, 1, 4).cast("int");
        Column quarter = substring(period, 6, 1).cast("int");
        return when(quarter.equalTo(1), concat(year.minus(1).cast("string"), lit("Q4")))
                .otherwise(concat(year.cast("string"), lit("Q"), quarter.minus(1).cast("string")));
    }

    private static Dataset<Row> distribution(Dataset<Row> scoped)
    {
        return scoped.where(col("grade").isNotNull())
                .groupBy("period", "scope_kind", "scope_code", "grade")
                .agg(count(lit(1)).as("organizations"))
                .select("period", "scope_kind", "scope_code", "grade", "organizations");
    }

    private static Dataset<Row> summary(Dataset<Row> scoped)
    {
        Column both = col("grade").isNotNull().and(col("previous_grade").isNotNull());
        Column poorBefore = col("previous_grade").equalTo(Grade.POOR.label());
        return scoped.groupBy("period", "previous_period", "scope_kind", "scope_code")
                .agg(count(col("grade")).as("assessed"),
                        count(when(col("grade").equalTo(Grade.GOOD.label()), 1)).as("good"),
                        count(when(both, 1)).as("assessed_both"),
                        count(when(both.and(col("standing").lt(col("previous_standing"))), 1)).as("promoted"),
                        count(when(both.and(col("standing").gt(col("previous_standing"))), 1)).as("demoted"),
                        count(when(both.and(col("standing").equalTo(col("previous_standing"))), 1)).as("unchanged"),
                        count(when(poorBefore, 1)).as("poor_previous"),
                        count(when(poorBefore.and(col("grade").notEqual(Grade.POOR.label())), 1)).as("poor_improved"),
                        count(when(col("previous_grade").isNull(), col("grade"))).as("new_in_period"),
                        count(when(col("grade").isNull(), col("previous_grade"))).as("gone_after_previous"))
                .select(col("period"), col("previous_period"), col("scope_kind"), col("scope_code"),
                        col("assessed"), col("good"), Scopes.rate(col("good"), col("assessed")).as("advanced_rate"),
                        col("assessed_both"), col("promoted"), col("demoted"), col("unchanged"),
                        Scopes.rate(col("promoted"), col("assessed_both")).as("promotion_rate"),
                        Scopes.rate(col("demoted"), col("assessed_both")).as("demotion_rate"),
                        col("poor_previous"), col("poor_improved"),
                        Scopes.rate(col("poor_improved"), col("poor_previous")).as("poor_conversion_rate"),
                        col("new_in_period"), col("gone_after_previous"));
    }

    private static Dataset<Row> migration(Dataset<Row> scoped)
    {
        return scoped.where(col("grade").isNotNull().and(col("previous_grade").isNotNull()))
                .groupBy(col("period"), col("previous_period"), col("scope_kind"), col("scope_code"),
                        col("previous_grade").as("from_grade"), col("grade").as("to_grade"))
                .agg(count(lit(1)).as("organizations"))
                .select("period", "previous_period", "scope_kind", "scope_code", "from_grade", "to_grade", "organizations");
    }

    /** Organizations graded 较差, named as their dim_organization version at the period's last month names them. */
    private static Dataset<Row> backward(Dataset<Row> comparisons, Dataset<Row> organizationVersions)
    {
        Dataset<Row> poor = comparisons.where(col("grade").equalTo(Grade.POOR.label()));
        Dataset<Row> versions = organizationVersions.select(col("org_code").as("version_code"), col("valid_from_month"),
                col("valid_to_month"), col("org_name"), col("parent_code"));
        return poor.join(versions, col("org_code").equalTo(col("version_code"))
                                .and(col("period_end_month").between(col("valid_from_month"), col("valid_to_month"))),
                        "left_outer")
                .select("period", "org_code", "org_name", "parent_code", "score", "previous_grade");
    }
}
