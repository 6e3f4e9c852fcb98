package io.bastion.dashboard.trace;

import static io.bastion.dashboard.trace.FigureSql.BRANCH_SOURCE;
import static io.bastion.dashboard.trace.FigureSql.PARAMETERS;
import static io.bastion.dashboard.trace.FigureSql.inScope;
import static io.bastion.dashboard.trace.FigureSql.inScopeAt;

/**
 * The SQL of the organizational-life figures (mart_organization_life, mart_life_compliance, mart_life_compliance_branch)
 * and of timeliness (mart_submission_timeliness): events, branches and their submissions.
 */
final class LifeSql
{
    /** The events of M held by the scope's organizations (mart_organization_life.events). */
    static final String LIFE_EVENTS = PARAMETERS + """
            SELECT l.org_code AS organization,
                   l.held_on,
                   l.kind,
                   l.topic,
                   l.expected,
                   l.attended,
            """ + BRANCH_SOURCE + """
            FROM fact_organization_life l
            LEFT JOIN fact_submission s ON s.submission_id = l.submission_id
            LEFT JOIN archived_file f ON f.file_id = l.file_id
            WHERE l.month_key = $1
              AND """ + inScope("l.org_code") + """

            ORDER BY l.held_on, l.org_code, l.row_no
            """;

    /**
     * The branches assessed in the quarter $5 (oracle_life_compliance_branch: active all quarter), in the scope at the
     * quarter's last month, each with what it held and the submission it had reported by then.
     */
    private static final String BRANCHES = PARAMETERS + """
            SELECT b.org_code AS organization,
                   b.org_kind,
                   b.general_meetings,
                   b.party_lectures,
                   b.committee_months_held,
                   b.committee_months_required,
                   b.group_months_held,
                   b.group_months_required,
                   b.theme_day_months_held,
            """ + BRANCH_SOURCE + """
            FROM oracle_life_compliance_branch b
            JOIN oracle_analysed_quarter q ON q.quarter = b.quarter
            LEFT JOIN oracle_latest_report r ON r.month_key = q.last_month_key AND r.org_code = b.org_code
            LEFT JOIN fact_submission s ON s.submission_id = r.submission_id
            LEFT JOIN archived_file f ON f.file_id = s.file_id
            WHERE b.quarter = $5
              AND """ + inScopeAt("b.org_code", "q.last_month_key") + "\n";

    /** The branches compliant in the quarter (mart_life_compliance.compliant_branches). */
    static final String LIFE_COMPLIANT = BRANCHES + "AND b.compliant\nORDER BY b.org_code\n";

    /** The branches not compliant in the quarter (mart_life_compliance.branches − compliant_branches). */
    static final String LIFE_NONCOMPLIANT = BRANCHES + "AND NOT b.compliant\nORDER BY b.org_code\n";

    /**
     * The events the 三会一课 rules count — 支部党员大会, 支部委员会, 党小组会, 党课 and 主题党日 — held in the quarter $5 by the
     * branches assessed in it (oracle_life_compliance_branch), in the scope at the quarter's last month; for one branch,
     * the events behind its heatmap cell. By kind they are its general_meetings and party_lectures, and the months with one
     * give committee_months_held, group_months_held and theme_day_months_held (mart_life_compliance_branch); in all they
     * are the quarter's Σ of those five kinds in oracle_organization_month.
     */
    static final String LIFE_BRANCH = PARAMETERS + """
            SELECT l.org_code AS organization,
                   l.held_on,
                   l.kind,
                   l.topic,
                   l.expected,
                   l.attended,
            """ + BRANCH_SOURCE + """
            FROM oracle_life_compliance_branch b
            JOIN oracle_analysed_quarter q ON q.quarter = b.quarter
            JOIN fact_organization_life l ON l.org_code = b.org_code AND l.month_key BETWEEN q.first_month_key AND q.last_month_key
            LEFT JOIN fact_submission s ON s.submission_id = l.submission_id
            LEFT JOIN archived_file f ON f.file_id = l.file_id
            WHERE b.quarter = $5
              AND l.kind IN ('支部党员大会', '支部委员会', '党小组会', '党课', '主题党日')
              AND """ + inScopeAt("b.org_code", "q.last_month_key") + """

            ORDER BY l.org_code, l.held_on, l.row_no
            """;

    // ---------------------------------------------------------------- timeliness (mart_submission_timeliness)

    /** The scope's organizations active at M with their current submission for M (none: it never came). */
    private static final String SUBMISSIONS = PARAMETERS + """
            SELECT a.org_code AS organization,
                   a.deadline,
                   CASE WHEN a.on_time THEN 'onTime' WHEN a.submitted_on IS NULL THEN 'missing' ELSE 'late' END AS submission_status,
                   CAST(date_diff('day', a.deadline, a.submitted_on) AS INTEGER) AS days_late,
            """ + BRANCH_SOURCE + """
            FROM oracle_submission_at_month a
            LEFT JOIN fact_submission s ON s.org_code = a.org_code AND s.month_key = a.month_key AND s.is_current
            LEFT JOIN archived_file f ON f.file_id = s.file_id
            WHERE a.month_key = $1
              AND """ + inScope("a.org_code") + "\n";

    static final String TIMELINESS_ON_TIME = SUBMISSIONS + "AND a.on_time\nORDER BY a.org_code\n";
    static final String TIMELINESS_LATE = SUBMISSIONS + "AND NOT a.on_time\nORDER BY a.submitted_on NULLS FIRST, a.org_code\n";

    private LifeSql()
    {
    }
}
