package io.bastion.ingest.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What the generator wrote and what a correct ingestion of it must produce; written as
 * manifest.json next to the files, in a fixed key order so the same seed gives the same bytes.
 */
@JsonPropertyOrder({"scale", "seed", "endMonth", "months", "files", "rowsWritten", "normalizedDates", "badRowsByRule", "expected"})
public record Manifest(
        int scale,
        long seed,
        String endMonth,
        int months,
        FileCounts files,
        Map<String, Long> rowsWritten,
        NormalizedDates normalizedDates,
        Map<String, Long> badRowsByRule,
        Expected expected)
{
    public Manifest
    {
        requireNonNull(endMonth, "endMonth is null");
        requireNonNull(files, "files is null");
        rowsWritten = Collections.unmodifiableMap(new LinkedHashMap<>(rowsWritten));
        requireNonNull(normalizedDates, "normalizedDates is null");
        badRowsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(badRowsByRule));
        requireNonNull(expected, "expected is null");
    }

    /** Files written by form (every CSV file counts, so a CSV submission is three); the manifest itself not included. */
    @JsonPropertyOrder({"xlsx", "csv", "json", "total"})
    public record FileCounts(long xlsx, long csv, long json, long total) {}

    /** Dates written in a form other than ISO, in the files ingestion accepts. */
    @JsonPropertyOrder({"slashes", "chinese", "excelSerial", "excelDateCell"})
    public record NormalizedDates(long slashes, long chinese, long excelSerial, long excelDateCell) {}

    /** What the warehouse must hold after loading everything the generator wrote. */
    @JsonPropertyOrder({"rejectedFiles", "quarantinedRowsByRule", "fact_submission", "current_submissions", "fact_organization_report",
            "fact_coverage_link", "fact_person_month", "fact_organization_life", "fact_admission_event", "fact_enterprise_month",
            "fact_grade", "fact_demonstration_site", "fact_liaison_assignment", "fact_liaison_contact", "fact_annual_target", "dim_person"})
    public record Expected(
            long rejectedFiles,
            Map<String, Long> quarantinedRowsByRule,
            @JsonProperty("fact_submission") long submissions,
            @JsonProperty("current_submissions") long currentSubmissions,
            @JsonProperty("fact_organization_report") long organizationReports,
            @JsonProperty("fact_coverage_link") long coverageLinks,
            @JsonProperty("fact_person_month") long personMonths,
            @JsonProperty("fact_organization_life") long organizationLife,
            @JsonProperty("fact_admission_event") long admissionEvents,
            @JsonProperty("fact_enterprise_month") long enterpriseMonths,
            @JsonProperty("fact_grade") long grades,
            @JsonProperty("fact_demonstration_site") long demonstrationSites,
            @JsonProperty("fact_liaison_assignment") long liaisonAssignments,
            @JsonProperty("fact_liaison_contact") long liaisonContacts,
            @JsonProperty("fact_annual_target") long annualTargets,
            @JsonProperty("dim_person") long people)
    {
        public Expected
        {
            quarantinedRowsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(quarantinedRowsByRule));
        }
    }
}
