package io.bastion.analytics.liaison;

import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/** The liaisonProgress roll-ups: 月度联系达标率 and, at a quarter's last month, 季度现场达标率, per scope. */
final class LiaisonSummary
{
    private static final String LIAISON_SCOPE = "liaison";

    private LiaisonSummary() {}

    /** mart_liaison_summary from the assignments' progress: park-wide, per subtree of the site, per liaison. */
    static Dataset<Row> of(ParkState park, Dataset<Row> progress)
    {
        Dataset<Row> byLiaison = Scopes.attribute(progress, LIAISON_SCOPE, "liaison");
        Dataset<Row> scoped = Scopes.parkAndSubtrees(progress, park.subtreeRoots(), "month_key", "site_org_code").unionByName(byLiaison);
        // active all quarter: from the quarter's first day to its last, which at a quarter end is end(M)
        Column allQuarter = col("quarter_end").and(col("start_on").leq(col("first_day_of_quarter")))
                .and(col("end_on").isNull().or(col("end_on").geq(col("last_day"))));
        return scoped.groupBy("month_key", "scope_kind", "scope_code", "quarter_end")
                .agg(count(lit(1)).as("active_assignments"), Scopes.countWhere(col("monthly_ok")).as("contacted_assignments"),
                        Scopes.countWhere(col("overdue")).as("overdue_assignments"),
                        Scopes.countWhere(allQuarter).as("quarter_assignments"),
                        Scopes.countWhere(allQuarter.and(col("onsite_in_quarter").geq(1))).as("onsite_ok_assignments"))
                .select(col("month_key"), col("scope_kind"), col("scope_code"), col("active_assignments"), col("contacted_assignments"),
                        col("overdue_assignments"), Scopes.rate(col("contacted_assignments"), col("active_assignments")).as("monthly_rate"),
                        col("quarter_end"), col("quarter_assignments"), col("onsite_ok_assignments"),
                        when(col("quarter_end"), Scopes.rate(col("onsite_ok_assignments"), col("quarter_assignments"))).as("quarterly_rate"));
    }
}
