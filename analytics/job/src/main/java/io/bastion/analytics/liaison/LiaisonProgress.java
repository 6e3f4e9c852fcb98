package io.bastion.analytics.liaison;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

/**
 * liaisonProgress (联系点进展): per month, every liaison assignment active at its end with its contacts in the month,
 * on-site visits in the quarter so far and the last contact; and the monthly and quarterly rates park-wide, per subtree
 * of the site's organization and per liaison.
 */
public final class LiaisonProgress
        implements MartComputation
{
    private static final String ON_SITE = "现场";
    private static final int MONTHS_IN_QUARTER = 3;

    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        // read by both marts: computed once
        Dataset<Row> progress = progress(park).cache();
        return Map.of(
                "mart_liaison_progress", progress.select("month_key", "liaison", "title", "site_org_code", "site_name", "start_on",
                        "end_on", "contacts_in_month", "monthly_ok", "onsite_in_quarter", "quarterly_status", "last_contact_on",
                        "days_since_last_contact", "last_contact_summary", "overdue"),
                "mart_liaison_summary", LiaisonSummary.of(park, progress));
    }

    /** The mart_liaison_progress columns, plus first_day_of_quarter, last_day and quarter_end for the roll-ups. */
    private static Dataset<Row> progress(ParkState park)
    {
        Dataset<Row> months = park.months()
                .select(col("month_key"), col("first_day"), col("last_day"),
                        trunc(col("first_day"), "quarter").as("first_day_of_quarter"),
                        col("month_of_year").mod(MONTHS_IN_QUARTER).equalTo(0).as("quarter_end"));
        Dataset<Row> assignments = park.table("fact_liaison_assignment")
                .select("liaison", "title", "site_org_code", "start_on", "end_on");
        Dataset<Row> active = months.join(assignments, col("start_on").leq(col("last_day"))
                .and(col("end_on").isNull().or(col("end_on").geq(col("last_day")))));
        Dataset<Row> contacts = park.table("fact_liaison_contact")
                .select(col("liaison").as("contact_liaison"), col("site_org_code").as("contact_site"), col("contacted_on"),
                        col("mode"), col("summary"), col("file_id"), col("row_no"));
        Column inMonth = col("contacted_on").geq(col("first_day"));
        Column onSiteInQuarter = col("mode").equalTo(ON_SITE).and(col("contacted_on").geq(col("first_day_of_quarter")));
        // the last contact: the latest date, then the later file and row (docs/kpi-catalogue.md)
        Column lastContact = max_by(struct(col("contacted_on"), col("summary")), struct(col("contacted_on"), col("file_id"), col("row_no")));
        Dataset<Row> perAssignment = active.join(contacts, col("contact_liaison").equalTo(col("liaison"))
                                .and(col("contact_site").equalTo(col("site_org_code")))
                                .and(col("contacted_on").leq(col("last_day"))),
                        "left_outer")
                .groupBy("month_key", "first_day_of_quarter", "last_day", "quarter_end", "liaison", "title", "site_org_code",
                        "start_on", "end_on")
                .agg(Scopes.countWhere(inMonth).as("contacts_in_month"), Scopes.countWhere(onSiteInQuarter).as("onsite_in_quarter"),
                        lastContact.as("last_contact"));
        Column quarterlyStatus = when(col("quarter_end"), when(col("onsite_in_quarter").geq(1), "达标").otherwise("未达标"))
                .otherwise(when(col("onsite_in_quarter").geq(1), "已完成").otherwise("待完成"));
        return perAssignment.join(siteNames(park), new String[] {"month_key", "site_org_code"}, "left_outer")
                .withColumn("monthly_ok", col("contacts_in_month").geq(1))
                .withColumn("quarterly_status", quarterlyStatus)
                .withColumn("last_contact_on", col("last_contact.contacted_on"))
                .withColumn("days_since_last_contact", datediff(col("last_day"), col("last_contact_on")))
                .withColumn("last_contact_summary", col("last_contact.summary"))
                .withColumn("overdue", col("contacts_in_month").equalTo(0));
    }

    /** The site organization's name at each month, from its dim_organization version then. Columns: month_key, site_org_code, site_name. */
    private static Dataset<Row> siteNames(ParkState park)
    {
        Dataset<Row> versions = park.table("dim_organization");
        return park.months().select("month_key")
                .join(versions, col("month_key").between(col("valid_from_month"), col("valid_to_month")))
                .select(col("month_key"), col("org_code").as("site_org_code"), col("org_name").as("site_name"));
    }
}
