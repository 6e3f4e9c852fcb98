package io.bastion.analytics.admissions;

import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * 各阶段进入人数 and 月末存量: per month, scope (park, subtree) and stage, the people whose date for the stage falls in
 * the month (by the event's organization) and the people at month end in the stage (by their organization).
 * Written whole by a recomputation from month F too: the entries of every month (an event's organization is re-read
 * from the person's latest roster, so it can change in any past month), the stock from F on, and before F the stock of
 * the last done run, as the month-by-month marts keep theirs ({@link ParkState#PREVIOUS_ADMISSION_STOCK}).
 */
final class AdmissionFlow
{
    private static final String[] KEY = {"month_key", Scopes.KIND, Scopes.CODE, "stage"};

    private AdmissionFlow() {}

    static Dataset<Row> of(ParkState park)
    {
        ParkState whole = park.whole();
        Dataset<Row> months = whole.months().select("month_key", "first_day", "last_day");
        Dataset<Row> events = park.table("fact_admission_event").select("person_key", "stage", "event_date", "org_code");
        Dataset<Row> entered = events.join(months, events.col("event_date").between(months.col("first_day"), months.col("last_day")))
                .select("month_key", "stage", "org_code");
        Dataset<Row> entries = inScopes(whole, entered, "entries");
        Dataset<Row> stock = park.withLastRunBefore(inScopes(park, park.people().select("month_key", "stage", "org_code"), "stock"),
                ParkState.PREVIOUS_ADMISSION_STOCK, "month_key");
        return entries.join(stock, KEY, "full_outer")
                .select(col("month_key"), col(Scopes.KIND), col(Scopes.CODE), col("stage"),
                        coalesce(col("entries"), lit(0L)).as("entries"),
                        coalesce(col("stock"), lit(0L)).as("stock"));
    }

    /** How many rows per month, scope and stage, counted per organization first and then placed in its scopes. */
    private static Dataset<Row> inScopes(ParkState park, Dataset<Row> rows, String name)
    {
        Dataset<Row> perOrganization = rows.groupBy("month_key", "stage", "org_code").agg(count(lit(1)).as(name));
        return Scopes.parkAndSubtrees(perOrganization, park.subtreeRoots(), "month_key", "org_code")
                .groupBy("month_key", Scopes.KIND, Scopes.CODE, "stage")
                .agg(sum(name).as(name));
    }
}
