package io.bastion.analytics.findings;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

/** Findings for leaders (程序合规, 换届逾期, 失联党员, 人数核对不符): the lists of what to act on, month by month. */
public final class Findings
        implements MartComputation
{
    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        return Map.of(
                "mart_procedure_finding", ProcedureFindings.of(park),
                "mart_overdue_election", OverdueElections.of(park),
                "mart_lost_contact", LostContacts.of(park),
                "mart_reconciliation", Reconciliations.of(park));
    }
}
