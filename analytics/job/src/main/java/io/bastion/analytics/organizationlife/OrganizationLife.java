package io.bastion.analytics.organizationlife;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import io.bastion.analytics.park.Scopes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.HashMap;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * organizationLife (三会一课): 党员参加组织生活率 per month, park-wide and per subtree of the event's organization, and
 * lifeCompliance, the quarterly compliance of every branch active all quarter (see {@link LifeCompliance}).
 */
public final class OrganizationLife
        implements MartComputation
{
    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        Dataset<Row> events = park.table("fact_organization_life")
                .join(park.months().select("month_key"), "month_key")
                .select("month_key", "org_code", "kind", "expected", "attended");
        Map<String, Dataset<Row>> marts = new HashMap<>(LifeCompliance.compute(park, events));
        marts.put("mart_organization_life", participation(park, events));
        return Map.copyOf(marts);
    }

    private static Dataset<Row> participation(ParkState park, Dataset<Row> events)
    {
        // summed per organization first, so that each organization's sums, not each event, are placed in its scopes
        Dataset<Row> perOrganization = events.groupBy("month_key", "org_code")
                .agg(count(lit(1)).as("events"), sum("expected").as("expected"), sum("attended").as("attended"));
        return Scopes.parkAndSubtrees(perOrganization, park.subtreeRoots(), "month_key", "org_code")
                .groupBy("month_key", "scope_kind", "scope_code")
                .agg(sum("events").as("events"), sum("expected").as("expected_total"), sum("attended").as("attended_total"))
                .select(col("month_key"), col("scope_kind"), col("scope_code"), col("events"),
                        col("expected_total"), col("attended_total"),
                        Scopes.rate(col("attended_total"), col("expected_total")).as("participation_rate"));
    }
}
