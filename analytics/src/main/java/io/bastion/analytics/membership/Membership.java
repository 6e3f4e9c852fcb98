package io.bastion.analytics.membership;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

import static io.bastion.analytics.park.Scopes.rate;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * Membership (党员队伍): members at each month per scope (park, subtree, unit category of the organization) with the
 * net change against M−1, 流动党员纳入管理率 and 业务骨干率; and the members' make-up by category, age band and education.
 */
public final class Membership
        implements MartComputation
{
    private static final String[] SCOPE_KEY = {"month_key", Scopes.KIND, Scopes.CODE};
    private static final String[] SCOPED_PERSON = {"month_key", Scopes.KIND, Scopes.CODE, "person_key"};

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
        Dataset<Row> scoped = Scopes.park(members)
                .unionByName(Scopes.subtree(members, park.subtrees(), "month_key", "org_code"))
                .unionByName(Scopes.attribute(members, "unit_category", "unit_category"))
                .cache();
        Dataset<Row> counts = scoped.groupBy("month_key", Scopes.KIND, Scopes.CODE)
                .agg(count(lit(1)).as("members"),
                        countWhere(col("stage").equalTo(ParkState.FULL_MEMBER)).as("full_members"),
                        countWhere(col("stage").equalTo(ParkState.PROBATIONARY_MEMBER)).as("probationary_members"),
                        countWhere(col("mobile")).as("mobile_members"),
                        countWhere(col("mobile").and(col("managed"))).as("mobile_managed"),
                        countWhere(col("backbone")).as("backbone_members"));
        Dataset<Row> current = scoped.select("month_key", Scopes.KIND, Scopes.CODE, "person_key");
        // the people of M−1 carried to M; the first month's M−1 has no reports, hence no people
        Dataset<Row> previous = current.withColumn("month_key", nextMonth(col("month_key")))
                .join(park.months().select("month_key"), "month_key");
        Dataset<Row> in = current.join(previous, SCOPED_PERSON, "left_anti").groupBy("month_key", Scopes.KIND, Scopes.CODE)
                .agg(count(lit(1)).as("members_in"));
        Dataset<Row> out = previous.join(current, SCOPED_PERSON, "left_anti").groupBy("month_key", Scopes.KIND, Scopes.CODE)
                .agg(count(lit(1)).as("members_out"));
        // a scope whose members all left in M still has a row: its members_out is something to count
        return counts.join(out, SCOPE_KEY, "full_outer")
                .join(in, SCOPE_KEY, "left")
                .select(col("month_key"), col(Scopes.KIND), col(Scopes.CODE),
                        zeroIfBlank("members"), zeroIfBlank("full_members"), zeroIfBlank("probationary_members"),
                        zeroIfBlank("members_in"), zeroIfBlank("members_out"),
                        zeroIfBlank("mobile_members"), zeroIfBlank("mobile_managed"),
                        rate(coalesce(col("mobile_managed"), lit(0L)), coalesce(col("mobile_members"), lit(0L))).as("mobile_managed_rate"),
                        zeroIfBlank("backbone_members"),
                        rate(coalesce(col("backbone_members"), lit(0L)), coalesce(col("members"), lit(0L))).as("backbone_rate"));
    }

    /** The month after a yyyymm key: December rolls over to January of the next year. */
    private static Column nextMonth(Column monthKey)
    {
        return when(monthKey.mod(100).equalTo(12), monthKey.plus(89)).otherwise(monthKey.plus(1));
    }

    private static Column zeroIfBlank(String column)
    {
        return coalesce(col(column), lit(0L)).as(column);
    }

    private static Column countWhere(Column condition)
    {
        return count(when(condition, lit(1)));
    }
}
