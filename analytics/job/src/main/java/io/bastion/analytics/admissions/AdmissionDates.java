package io.bastion.analytics.admissions;

import io.bastion.analytics.park.ParkState;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

/**
 * docs/kpi-catalogue.md §Admission dates: one row per person with each stage's date and the organization of its event,
 * from fact_admission_event (one row per person and stage).
 */
public final class AdmissionDates
{
    public static final String APPLICANT = "入党申请人";
    public static final String ACTIVIST = "入党积极分子";
    public static final String CANDIDATE = "发展对象";

    private AdmissionDates() {}

    /**
     * Columns: person_key, applied_on, applied_org, activist_on, activist_org, candidate_on, candidate_org,
     * joined_on, joined_org, full_on, full_org (blank where the person has no event of that stage).
     */
    public static Dataset<Row> of(ParkState park)
    {
        return park.shared("admissionDates", () -> park.table("fact_admission_event")
                .groupBy("person_key")
                .agg(date(APPLICANT).as("applied_on"), organization(APPLICANT).as("applied_org"),
                        date(ACTIVIST).as("activist_on"), organization(ACTIVIST).as("activist_org"),
                        date(CANDIDATE).as("candidate_on"), organization(CANDIDATE).as("candidate_org"),
                        date(ParkState.PROBATIONARY_MEMBER).as("joined_on"), organization(ParkState.PROBATIONARY_MEMBER).as("joined_org"),
                        date(ParkState.FULL_MEMBER).as("full_on"), organization(ParkState.FULL_MEMBER).as("full_org")));
    }

    // one event per person and stage (the table's key), so max picks it
    private static Column date(String stage)
    {
        return max(when(col("stage").equalTo(stage), col("event_date")));
    }

    private static Column organization(String stage)
    {
        return max(when(col("stage").equalTo(stage), col("org_code")));
    }
}
