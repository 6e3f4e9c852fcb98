package io.bastion.analytics.membership;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

import static io.bastion.analytics.park.Scopes.rate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

/**
 * Membership (党员队伍): members at each month per scope (park, subtree, unit category of the organization) with the
 * net change against M−1, 流动党员纳入管理率 and 业务骨干率; and the members' make-up by category, age band and education.
 */
public final class Membership
        implements MartComputation
{
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

    private static Dataset<Row> membership(ParkState park, Dataset<Row> members)
    {
        Dataset<Row> scoped = Scopes.parkAndSubtrees(members, park.subtrees(), "month_key", "org_code")
                .unionByName(Scopes.attribute(members, "unit_category", "unit_category"))
                .withColumn("member_now", lit(true));
        // the members of M−1 in each scope, carried to M; the first month's M−1 has no reports, hence no members
        Dataset<Row> previous = scoped.select(nextMonth(col("month_key")).as("month_key"), col(Scopes.KIND), col(Scopes.CODE),
                        col("person_key"), lit(true).as("member_before"))
                .join(park.months().select("month_key"), "month_key");
        // a scope has a row when it has members at M or at M−1 (one that lost them all shows its members_out)
        Column now = col("member_now").isNotNull();
        Column before = col("member_before").isNotNull();
        return scoped.join(previous, new String[] {"month_key", Scopes.KIND, Scopes.CODE, "person_key"}, "full_outer")
                .groupBy("month_key", Scopes.KIND, Scopes.CODE)
                .agg(Scopes.countWhere(now).as("members"),
                        Scopes.countWhere(now.and(col("stage").equalTo(ParkState.FULL_MEMBER))).as("full_members"),
                        Scopes.countWhere(now.and(col("stage").equalTo(ParkState.PROBATIONARY_MEMBER))).as("probationary_members"),
                        Scopes.countWhere(now.and(not(before))).as("members_in"),
                        Scopes.countWhere(before.and(not(now))).as("members_out"),
                        Scopes.countWhere(now.and(col("mobile"))).as("mobile_members"),
                        Scopes.countWhere(now.and(col("mobile")).and(col("managed"))).as("mobile_managed"),
                        Scopes.countWhere(now.and(col("backbone"))).as("backbone_members"))
                .select(col("month_key"), col(Scopes.KIND), col(Scopes.CODE),
                        col("members"), col("full_members"), col("probationary_members"), col("members_in"), col("members_out"),
                        col("mobile_members"), col("mobile_managed"),
                        rate(col("mobile_managed"), col("mobile_members")).as("mobile_managed_rate"),
                        col("backbone_members"),
                        rate(col("backbone_members"), col("members")).as("backbone_rate"));
    }

    /** The month after a yyyymm key: December rolls over to January of the next year. */
    private static Column nextMonth(Column monthKey)
    {
        return when(monthKey.mod(100).equalTo(12), monthKey.plus(89)).otherwise(monthKey.plus(1));
    }
}
