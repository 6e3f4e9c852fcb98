package io.bastion.ingest.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** One branch submission as sent: the three tables of one organization and report month. */
record Submission(Organization organization, YearMonth month, LocalDate submittedOn, Placement placement, DateStyle dateStyle,
        Row organizationRow, List<Row> people, List<Row> life)
{
    /** Where the file lands: the month's folder, its resubmitted/ folder, or mismatched/ for a refused file. */
    enum Placement
    {
        REGULAR,
        RESUBMITTED,
        MISMATCHED
    }

    Submission
    {
        requireNonNull(organization, "organization is null");
        requireNonNull(month, "month is null");
        requireNonNull(submittedOn, "submittedOn is null");
        people = List.copyOf(people);
        life = List.copyOf(life);
    }

    String organizationCode()
    {
        return organization.code;
    }

    boolean rejected()
    {
        return placement == Placement.MISMATCHED;
    }

    boolean anyoneLeft()
    {
        return people.stream().anyMatch(row -> row.value(SubmissionRows.LEFT_REASON) != null);
    }

    Submission withPlacement(Placement newPlacement, Row newOrganizationRow)
    {
        return new Submission(organization, month, submittedOn, newPlacement, dateStyle, newOrganizationRow, people, life);
    }

    Submission withRows(List<Row> newPeople, List<Row> newLife)
    {
        return new Submission(organization, month, submittedOn, placement, dateStyle, organizationRow, newPeople, newLife);
    }
}
