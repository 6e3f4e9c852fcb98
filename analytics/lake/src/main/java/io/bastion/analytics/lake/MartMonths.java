package io.bastion.analytics.lake;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The month each row of a mart belongs to, as a SQL expression over the mart's columns: a run that recomputes from a
 * month replaces the rows whose month is that month or later and keeps the others. A quarter's or grading period's rows
 * belong to its last month, as they need all its months. The marts missing here are replaced whole by every run (the job's
 * {@code Marts.WRITTEN_WHOLE}; a test holds the two lists together).
 */
final class MartMonths
{
    private static final String MONTH = "month_key";
    /** The month of rows that every run replaces: after every month. */
    private static final int EVERY_RUN = 999999;
    private static final String QUARTER_END = "(CAST(substr(%1$s, 1, 4) AS INTEGER) * 100 + CAST(substr(%1$s, 6, 1) AS INTEGER) * 3)";

    static final Map<String, String> BY_MART = Map.ofEntries(
            entry("mart_coverage", MONTH),
            entry("mart_must_form", MONTH),
            entry("mart_uncovered_enterprise", MONTH),
            entry("mart_membership", MONTH),
            entry("mart_membership_breakdown", MONTH),
            entry("mart_organization_life", MONTH),
            entry("mart_submission_timeliness", MONTH),
            entry("mart_late_submission", MONTH),
            entry("mart_demonstration_sites", MONTH),
            entry("mart_liaison_progress", MONTH),
            entry("mart_liaison_summary", MONTH),
            // the year-to-date of new members is recomputed for every month by every run (Targets): its rows belong to no month
            entry("mart_targets", "CASE WHEN indicator = '新发展党员' THEN " + EVERY_RUN + " ELSE month_key END"),
            entry("mart_overdue_election", MONTH),
            entry("mart_lost_contact", MONTH),
            entry("mart_reconciliation", MONTH),
            entry("mart_life_compliance", String.format(QUARTER_END, "quarter")),
            entry("mart_life_compliance_branch", String.format(QUARTER_END, "quarter")),
            entry("mart_grade_distribution", String.format(QUARTER_END, "period")),
            entry("mart_grade_summary", String.format(QUARTER_END, "period")),
            entry("mart_grade_migration", String.format(QUARTER_END, "period")),
            entry("mart_backward_organization", String.format(QUARTER_END, "period")));

    private MartMonths() {}

    /** The month of a row of {@code mart}, if the mart is replaced month by month. */
    static Optional<String> of(String mart)
    {
        return Optional.ofNullable(BY_MART.get(mart));
    }
}
