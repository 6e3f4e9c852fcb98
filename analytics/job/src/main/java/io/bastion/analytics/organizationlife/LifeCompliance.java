package io.bastion.analytics.organizationlife;

import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

/**
 * lifeCompliance (三会一课达标): per analysed quarter, every branch active all quarter and whether it held what the
 * rules ask (docs/kpi-catalogue.md), and the share of compliant branches park-wide and per subtree at the quarter's
 * last month.
 */
final class LifeCompliance
{
    static final List<String> BRANCH_KINDS = List.of("党支部", "联合党支部", "临时党支部");
    /** DOMAIN.md: a branch with 7 or more full members has a committee, and it meets monthly. */
    static final int COMMITTEE_FULL_MEMBERS = 7;
    private static final int MONTHS_IN_QUARTER = 3;

    private LifeCompliance() {}

    /** mart_life_compliance_branch and mart_life_compliance from the events of the analysed months. */
    static Map<String, Dataset<Row>> compute(ParkState park, Dataset<Row> events)
    {
        Dataset<Row> quarterMonths = quarterMonths(park.months());
        Dataset<Row> branches = branchesActiveAllQuarter(park.organizations(), quarterMonths);
        // read by both marts: computed once
        Dataset<Row> perBranch = perBranch(park, events, quarterMonths, branches, park.settings().partyLecturesPerQuarter()).cache();
        return Map.of(
                "mart_life_compliance_branch", perBranch.drop("last_month"),
                "mart_life_compliance", rates(park, perBranch));
    }

    /** The months of the analysed quarters (all three months analysed). Columns: quarter, month_key, quarter_first_day, last_month. */
    private static Dataset<Row> quarterMonths(Dataset<Row> months)
    {
        Dataset<Row> quarters = months.groupBy(col("quarter_label").as("quarter"))
                .agg(count(lit(1)).as("months"), min("first_day").as("quarter_first_day"), max("month_key").as("last_month"))
                .where(col("months").equalTo(MONTHS_IN_QUARTER))
                .drop("months");
        return months.select(col("quarter_label").as("quarter"), col("month_key")).join(quarters, "quarter");
    }

    /**
     * Branches active at the end of each month of the quarter and established by its first day, with their name and
     * kind at its last month. Columns: quarter, org_code, org_name, org_kind, last_month.
     */
    private static Dataset<Row> branchesActiveAllQuarter(Dataset<Row> organizations, Dataset<Row> quarterMonths)
    {
        Dataset<Row> activeMonths = organizations.select("month_key", "org_code").join(quarterMonths, "month_key")
                .groupBy("quarter", "org_code")
                .agg(count(lit(1)).as("active_months"))
                .where(col("active_months").equalTo(MONTHS_IN_QUARTER))
                .drop("active_months");
        Dataset<Row> atLastMonth = organizations.withColumnRenamed("month_key", "last_month")
                .join(quarterMonths.select("quarter", "last_month", "quarter_first_day").distinct(), "last_month")
                .where(col("org_kind").isin(BRANCH_KINDS.toArray()).and(col("established_on").leq(col("quarter_first_day"))))
                .select("quarter", "org_code", "org_name", "org_kind", "last_month");
        return atLastMonth.join(activeMonths, new String[] {"quarter", "org_code"});
    }

    /** What each branch held, month by month, folded into the quarter. Columns: the branch mart's, then last_month. */
    private static Dataset<Row> perBranch(ParkState park, Dataset<Row> events, Dataset<Row> quarterMonths, Dataset<Row> branches,
            int partyLecturesPerQuarter)
    {
        Dataset<Row> fullMembers = park.people().where(col("stage").equalTo(ParkState.FULL_MEMBER))
                .groupBy("month_key", "org_code").agg(count(lit(1)).as("full_members"));
        Dataset<Row> report = park.table("fact_organization_report")
                .select(col("org_code"), col("month_key").as("report_month"), col("party_groups"));
        Dataset<Row> partyGroups = park.latestReports().select("month_key", "org_code", "report_month")
                .join(report, new String[] {"org_code", "report_month"})
                .select("month_key", "org_code", "party_groups");
        Dataset<Row> held = events.groupBy("month_key", "org_code")
                .agg(held(LifeKind.GENERAL_MEETING), held(LifeKind.PARTY_LECTURE), held(LifeKind.COMMITTEE_MEETING),
                        held(LifeKind.GROUP_MEETING), held(LifeKind.THEME_DAY));
        Dataset<Row> months = branches.join(quarterMonths.select("quarter", "month_key"), "quarter")
                .join(fullMembers, new String[] {"month_key", "org_code"}, "left_outer")
                .join(partyGroups, new String[] {"month_key", "org_code"}, "left_outer")
                .join(held, new String[] {"month_key", "org_code"}, "left_outer");
        Column committeeRequired = coalesce(col("full_members"), lit(0)).geq(COMMITTEE_FULL_MEMBERS);
        Column groupRequired = coalesce(col("party_groups"), lit(0)).gt(0);
        Dataset<Row> quarters = months.groupBy("quarter", "org_code", "org_name", "org_kind", "last_month")
                .agg(sum(kind(LifeKind.GENERAL_MEETING)).as("general_meetings"),
                        sum(kind(LifeKind.PARTY_LECTURE)).as("party_lectures"),
                        Scopes.countWhere(committeeRequired).as("committee_months_required"),
                        Scopes.countWhere(committeeRequired.and(kind(LifeKind.COMMITTEE_MEETING).geq(1))).as("committee_months_held"),
                        Scopes.countWhere(groupRequired).as("group_months_required"),
                        Scopes.countWhere(groupRequired.and(kind(LifeKind.GROUP_MEETING).geq(1))).as("group_months_held"),
                        Scopes.countWhere(kind(LifeKind.THEME_DAY).geq(1)).as("theme_day_months_held"));
        Column compliant = col("general_meetings").geq(1)
                .and(col("party_lectures").geq(partyLecturesPerQuarter))
                .and(col("committee_months_held").equalTo(col("committee_months_required")))
                .and(col("group_months_held").equalTo(col("group_months_required")))
                .and(col("theme_day_months_held").equalTo(MONTHS_IN_QUARTER));
        return quarters.select(col("quarter"), col("org_code"), col("org_name"), col("org_kind"), col("general_meetings"),
                col("party_lectures"), col("committee_months_required"), col("committee_months_held"), col("group_months_required"),
                col("group_months_held"), col("theme_day_months_held"), compliant.as("compliant"), col("last_month"));
    }

    private static Dataset<Row> rates(ParkState park, Dataset<Row> perBranch)
    {
        return Scopes.parkAndSubtrees(perBranch, park.subtreeRoots(), "last_month", "org_code")
                .groupBy("quarter", "scope_kind", "scope_code")
                .agg(count(lit(1)).as("branches"), Scopes.countWhere(col("compliant")).as("compliant_branches"))
                .select(col("quarter"), col("scope_kind"), col("scope_code"), col("branches"), col("compliant_branches"),
                        Scopes.rate(col("compliant_branches"), col("branches")).as("compliance_rate"));
    }

    /** The events of one kind an organization held in a month. */
    private static Column held(LifeKind kind)
    {
        return Scopes.countWhere(col("kind").equalTo(kind.label())).as(kind.name());
    }

    private static Column kind(LifeKind kind)
    {
        return coalesce(col(kind.name()), lit(0L));
    }
}
