package io.bastion.analytics.findings;

import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * 人数核对不符: current submissions for an analysed month whose 党员人数 (table 1) differs from the members on their own
 * roster (table 2: 正式 and 预备 rows without 减少原因). Name and parent come from the organization's version at M, else
 * from table 1.
 */
final class Reconciliations
{
    private Reconciliations() {}

    static Dataset<Row> of(ParkState park)
    {
        String[] key = {"month_key", "org_code"};
        Dataset<Row> reports = park.table("fact_organization_report").select(col("month_key"), col("org_code"), col("member_count"),
                        col("org_name").as("reported_name"), col("parent_code").as("reported_parent_code"))
                .join(park.months().select("month_key"), "month_key");
        Dataset<Row> roster = park.rosterOfMonths(park.months())
                .where(col("stage").isin(ParkState.FULL_MEMBER, ParkState.PROBATIONARY_MEMBER).and(col("left_reason").isNull()))
                .groupBy("month_key", "org_code")
                .agg(count(lit(1)).as("roster_members"));
        Dataset<Row> versions = park.table("dim_organization").select(col("org_code").as("version_org_code"), col("valid_from_month"),
                col("valid_to_month"), col("org_name"), col("parent_code"));
        return reports.join(roster, key, "left")
                .join(versions, col("org_code").equalTo(col("version_org_code"))
                        .and(col("month_key").between(col("valid_from_month"), col("valid_to_month"))), "left")
                .select(col("month_key"), col("org_code"),
                        coalesce(col("org_name"), col("reported_name")).as("org_name"),
                        when(col("version_org_code").isNotNull(), col("parent_code")).otherwise(col("reported_parent_code")).as("parent_code"),
                        col("member_count").cast("bigint").as("reported_members"),
                        coalesce(col("roster_members"), lit(0L)).as("roster_members"))
                .withColumn("difference", col("reported_members").minus(col("roster_members")))
                .where(col("difference").notEqual(0));
    }
}
