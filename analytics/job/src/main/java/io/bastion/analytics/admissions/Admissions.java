package io.bastion.analytics.admissions;

import io.bastion.analytics.job.MartComputation;
import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;

/** Admissions (发展党员): stage entries and stock per month, activist-cohort conversion, and the structure of new members. */
public final class Admissions
        implements MartComputation
{
    @Override
    public Map<String, Dataset<Row>> compute(ParkState park)
    {
        return Map.of(
                "mart_admission_flow", AdmissionFlow.of(park),
                "mart_admission_conversion", AdmissionConversion.of(park),
                "mart_new_member_structure", NewMemberStructure.of(park));
    }
}
