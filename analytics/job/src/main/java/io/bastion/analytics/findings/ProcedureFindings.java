package io.bastion.analytics.findings;

import io.bastion.analytics.admissions.AdmissionDates;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;

/**
 * 程序合规发现 (docs/kpi-catalogue.md §Procedure findings): admission timings per person, in the month of the later date;
 * committee, size and joint-branch rules per branch active at each month.
 */
final class ProcedureFindings
{
    static final String[] BRANCH_KINDS = {"党支部", "联合党支部", "临时党支部"};
    static final String JOINT_BRANCH = "联合党支部";
    static final String BRANCH_COMMITTEE = "支部委员会";

    private ProcedureFindings() {}

    /**
     * Columns: month_key, org_code, finding, person_key (blank for organizations), observed, threshold. Written whole
     * by a recomputation from month F too: the person findings of every month (they read the admission events, whose
     * organization is re-read from the person's latest roster), the organization findings (people at M) from F on, and
     * before F those of the last done run ({@link ParkState#PREVIOUS_ORGANIZATION_FINDINGS}).
     */
    static Dataset<Row> of(ParkState park)
    {
        Dataset<Row> organizations = park.withLastRunBefore(organizationFindings(park), ParkState.PREVIOUS_ORGANIZATION_FINDINGS, "month_key");
        return personFindings(park.whole()).unionByName(organizations);
    }

    private static Dataset<Row> personFindings(ParkState park)
    {
        Dataset<Row> dates = AdmissionDates.of(park)
                .join(park.table("dim_person").select("person_key", "birth_date"), new String[] {"person_key"}, "left")
                // read by each of the four findings: joined once
                .cache();
        Dataset<Row> findings = personFinding(dates, "积极分子培养不足一年",
                col("candidate_on").lt(add_months(col("activist_on"), 12)), "activist_on", "candidate_on", "candidate_org", 365)
                .unionByName(personFinding(dates, "预备期不足一年",
                        col("full_on").lt(add_months(col("joined_on"), 12)), "joined_on", "full_on", "full_org", 365))
                .unionByName(personFinding(dates, "预备期超过两年",
                        col("full_on").gt(add_months(col("joined_on"), 24)), "joined_on", "full_on", "full_org", 730))
                .unionByName(personFinding(dates, "申请时未满18岁",
                        col("applied_on").lt(add_months(col("birth_date"), 18 * 12)), "birth_date", "applied_on", "applied_org", 6570));
        // only the analysed months have a finding row
        return findings.join(park.months().select("month_key"), "month_key");
    }

    /** A person finding: observed is the days from {@code earlier} to {@code later}, dated and placed by the later date. */
    private static Dataset<Row> personFinding(Dataset<Row> dates, String finding, Column when, String earlier, String later,
            String laterOrganization, long threshold)
    {
        return dates.where(when)
                .select(year(col(later)).multiply(100).plus(month(col(later))).as("month_key"),
                        col(laterOrganization).as("org_code"),
                        lit(finding).as("finding"),
                        col("person_key").cast("bigint").as("person_key"),
                        datediff(col(later), col(earlier)).cast("bigint").as("observed"),
                        lit(threshold).as("threshold"));
    }

    private static Dataset<Row> organizationFindings(ParkState park)
    {
        Dataset<Row> branches = park.organizations().where(col("org_kind").isin((Object[]) BRANCH_KINDS))
                .select("month_key", "org_code", "org_kind");
        Dataset<Row> members = park.members().groupBy("month_key", "org_code")
                .agg(Scopes.countWhere(col("stage").equalTo(ParkState.FULL_MEMBER)).as("full_members"),
                        count(lit(1)).as("members"));
        Dataset<Row> committees = park.table("fact_organization_life").where(col("kind").equalTo(BRANCH_COMMITTEE))
                .select("month_key", "org_code").distinct()
                .withColumn("held_committee", lit(true));
        Dataset<Row> units = park.coverageLinks().where(col("attached").equalTo(false))
                .groupBy("month_key", "org_code")
                .agg(countDistinct("unit_code").as("units"));
        String[] key = {"month_key", "org_code"};
        Dataset<Row> facts = branches.join(members, key, "left")
                .join(committees, key, "left")
                .join(units, key, "left")
                .select(col("month_key"), col("org_code"), col("org_kind"),
                        coalesce(col("full_members"), lit(0L)).as("full_members"),
                        coalesce(col("members"), lit(0L)).as("members"),
                        coalesce(col("held_committee"), lit(false)).as("held_committee"),
                        coalesce(col("units"), lit(0L)).as("units"))
                // read by each of the four findings: joined once
                .cache();
        return organizationFinding(facts, "不足7名正式党员召开支委会",
                col("full_members").lt(7).and(col("held_committee")), "full_members", 7)
                .unionByName(organizationFinding(facts, "正式党员不足3名", col("full_members").lt(3), "full_members", 3))
                .unionByName(organizationFinding(facts, "党员超过50名", col("members").gt(50), "members", 50))
                .unionByName(organizationFinding(facts, "联合党支部覆盖单位超过5个",
                        col("org_kind").equalTo(JOINT_BRANCH).and(col("units").gt(5)), "units", 5));
    }

    private static Dataset<Row> organizationFinding(Dataset<Row> facts, String finding, Column when, String observed, long threshold)
    {
        return facts.where(when)
                .select(col("month_key"), col("org_code"), lit(finding).as("finding"),
                        lit(null).cast("bigint").as("person_key"),
                        col(observed).cast("bigint").as("observed"),
                        lit(threshold).as("threshold"));
    }
}
