package io.bastion.analytics.membership;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static io.bastion.analytics.park.Scopes.rate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Membership (党员队伍): members at each month per scope (park, subtree, unit category of the organization) with the
 * net change against M−1, 流动党员纳入管理率 and 业务骨干率; and the members' make-up by category, age band and education.
 */
public final class Membership
        implements MartComputation
{
    /** Where a person was at M and at M−1: the month and both sides' organization and unit category. */
    private static final String[] TRANSITION = {"month_key", "org_now", "category_now", "org_before", "category_before"};

    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        Dataset<Row> categories = park.organizations().select("month_key", "org_code", "unit_category");
        Dataset<Row> members = park.members()
                .join(categories, new String[] {"month_key", "org_code"}, "inner")
                .select("month_key", "person_key", "org_code", "unit_category", "stage", "education", "mobile", "managed", "backbone")
                .cache();
        return Map.of(
                "mart_membership", membership(park, members),
                "mart_membership_breakdown", MembershipBreakdown.of(park, members));
    }

    /**
     * Counted per transition first: the members of M and of M−1 (carried to M) are matched person by person once, and
     * grouped by where each was at M and at M−1 (organization and unit category, blank when not a member then). Only
     * those few hundred groups per month are placed in the scopes of each side (at M−1 a subtree is M−1's), so a
     * person's rows are not multiplied by their scopes; a group in a scope at M and not at M−1 is members_in, the
     * other way members_out.
     */
    private static Dataset<Row> membership(ParkState park, Dataset<Row> members)
    {
        Dataset<Row> months = park.months().select("month_key");
        Dataset<Row> now = members.select(col("month_key"), col("person_key"), col("org_code").as("org_now"),
                col("unit_category").as("category_now"), col("stage"), col("mobile"), col("managed"), col("backbone"));
        // the members of M−1, carried to M; the first month's M−1 has no reports, hence no members
        Dataset<Row> before = members.select(nextMonth(col("month_key")).as("month_key"), col("person_key"), col("org_code").as("org_before"),
                        col("unit_category").as("category_before"))
                .join(months, "month_key");
        Dataset<Row> transitions = now.join(before, new String[] {"month_key", "person_key"}, "full_outer")
                .groupBy(columns(Arrays.stream(TRANSITION)))
                .agg(Scopes.countWhere(col("org_now").isNotNull()).as("members"),
                        Scopes.countWhere(col("stage").equalTo(ParkState.FULL_MEMBER)).as("full_members"),
                        Scopes.countWhere(col("stage").equalTo(ParkState.PROBATIONARY_MEMBER)).as("probationary_members"),
                        Scopes.countWhere(col("org_before").isNotNull()).as("members_before"),
                        Scopes.countWhere(col("mobile")).as("mobile_members"),
                        Scopes.countWhere(col("mobile").and(col("managed"))).as("mobile_managed"),
                        Scopes.countWhere(col("backbone")).as("backbone_members"))
                // read by both sides: computed once
                .cache();
        Dataset<Row> roots = park.subtreeRoots();
        Dataset<Row> rootsBefore = roots.select(nextMonth(col("month_key")).as("month_key"), col("org_code"), col(Scopes.ROOTS));
        Dataset<Row> sides = side(transitions, roots, "org_now", "category_now", true)
                .unionByName(side(transitions, rootsBefore, "org_before", "category_before", false));
        Dataset<Row> placed = sides.groupBy(columns(Stream.concat(Stream.of(Scopes.KIND, Scopes.CODE), Arrays.stream(TRANSITION))))
                .agg(max("in_now").as("in_now"), max("in_before").as("in_before"), max("members").as("members"),
                        max("full_members").as("full_members"), max("probationary_members").as("probationary_members"),
                        max("members_before").as("members_before"), max("mobile_members").as("mobile_members"),
                        max("mobile_managed").as("mobile_managed"), max("backbone_members").as("backbone_members"));
        Column inNow = col("in_now");
        Column inBefore = col("in_before");
        return placed.groupBy("month_key", Scopes.KIND, Scopes.CODE)
                .agg(sumWhere(inNow, "members").as("members"),
                        sumWhere(inNow, "full_members").as("full_members"),
                        sumWhere(inNow, "probationary_members").as("probationary_members"),
                        sumWhere(inNow.and(not(inBefore)), "members").as("members_in"),
                        sumWhere(inBefore.and(not(inNow)), "members_before").as("members_out"),
                        sumWhere(inNow, "mobile_members").as("mobile_members"),
                        sumWhere(inNow, "mobile_managed").as("mobile_managed"),
                        sumWhere(inNow, "backbone_members").as("backbone_members"))
                .select(col("month_key"), col(Scopes.KIND), col(Scopes.CODE),
                        col("members"), col("full_members"), col("probationary_members"), col("members_in"), col("members_out"),
                        col("mobile_members"), col("mobile_managed"),
                        rate(col("mobile_managed"), col("mobile_members")).as("mobile_managed_rate"),
                        col("backbone_members"),
                        rate(col("backbone_members"), col("members")).as("backbone_rate"));
    }

    /**
     * The transitions whose people were members at one side (M, or M−1 carried to M), in the scopes of that side: the
     * park, each subtree holding the side's organization at the side's month, the side's unit category if not blank.
     */
    private static Dataset<Row> side(Dataset<Row> transitions, Dataset<Row> roots, String organization, String category, boolean isNow)
    {
        Dataset<Row> members = transitions.where(col(organization).isNotNull());
        return Scopes.parkSubtreesAndAttribute(members, roots, "month_key", organization, "unit_category", category)
                .withColumn("in_now", lit(isNow)).withColumn("in_before", lit(!isNow));
    }

    private static Column[] columns(Stream<String> names)
    {
        return names.map(functions::col).toArray(Column[]::new);
    }

    /** The sum of {@code column} over the rows meeting {@code condition}; 0 when none does. */
    private static Column sumWhere(Column condition, String column)
    {
        return sum(when(condition, col(column)).otherwise(lit(0L)));
    }

    /** The month after a yyyymm key: December rolls over to January of the next year. */
    private static Column nextMonth(Column monthKey)
    {
        return when(monthKey.mod(100).equalTo(12), monthKey.plus(89)).otherwise(monthKey.plus(1));
    }
}
