package io.bastion.dashboard.trace;

/**
 * The SQL of every traced figure, over the independent oracle helper views (R__kpi_oracle.sql) so that the rows listed are
 * what the marts count, each with the submission or committee feed file it came from. Every statement takes the same five
 * bind values (see {@link #PARAMETERS}); nothing from the request is ever written into the text.
 *
 * <p>Every statement returns the figure's own columns, then the provenance columns {@code source_org_code},
 * {@code source_month} (yyyymm, or a grading period), {@code file_id}, {@code file_name}, {@code received_at},
 * {@code submitted_on} and {@code sha256}.
 */
final class FigureSql
{
    /**
     * The bind values, by number: $1 the month key (yyyymm), $2 and $3 the marts' scope_kind and scope_code, $4 the scope's
     * organizations joined by commas (NULL for the park: everything counts) and $5 the figure's argument (a quarter, a level,
     * or NULL). They stand where a constant would, so DuckDB pushes the month down into the oracle views; the first CTE
     * declares all five with their types, so every statement takes all five, used or not.
     */
    static final String PARAMETERS = """
            WITH parameters AS (
                SELECT CAST($1 AS INTEGER) AS month_key,
                       CAST($2 AS VARCHAR) AS scope_kind,
                       CAST($3 AS VARCHAR) AS scope_code,
                       CAST($4 AS VARCHAR) AS organizations,
                       CAST($5 AS VARCHAR) AS argument
            ),
            scope_organization AS (
                SELECT unnest(string_split(CAST($4 AS VARCHAR), ',')) AS org_code
            )
            """;

    /** Whether an organization code is in the scope's organizations (always, for the park). */
    private static String inScope(String orgCode)
    {
        return "(CAST($4 AS VARCHAR) IS NULL OR %s IN (SELECT org_code FROM scope_organization))".formatted(orgCode);
    }

    /** Provenance of a row read from a branch submission: {@code s} is its fact_submission row, {@code f} its archived file. */
    private static final String BRANCH_SOURCE = """
            s.org_code AS source_org_code,
            CAST(s.month_key AS VARCHAR) AS source_month,
            f.file_id,
            f.original_name AS file_name,
            f.received_at,
            s.submitted_on,
            f.sha256
            """;

    /** Provenance of a row read from a committee feed: {@code f} is the feed file; the month expression names its period. */
    private static String feedSource(String month)
    {
        return """
                CAST(NULL AS VARCHAR) AS source_org_code,
                CAST(%s AS VARCHAR) AS source_month,
                f.file_id,
                f.original_name AS file_name,
                f.received_at,
                CAST(NULL AS DATE) AS submitted_on,
                f.sha256
                """.formatted(month);
    }

    // ---------------------------------------------------------------- enterprises (mart_coverage)

    /**
     * The active enterprises of the scope at M (oracle_coverage_at_month ⋈ oracle_enterprise_scope, as oracle_coverage counts
     * them); for each its registry row (the carried-forward 企业名录 row), its covering link (its own organization first,
     * then one inside the scope, then by code) and the roster that reports most of its full members.
     */
    private static final String ENTERPRISES = PARAMETERS + """
            , enterprise AS (
                SELECT c.*
                FROM oracle_coverage_at_month c
                WHERE c.month_key = $1
                  AND EXISTS (
                    SELECT 1
                    FROM oracle_enterprise_scope s
                    WHERE s.month_key = $1 AND s.unit_code = c.unit_code AND s.scope_kind = $2 AND s.scope_code = $3)
            ),
            registry AS (
                SELECT e.unit_code, e.registry_month, e.instructor, e.has_union, e.has_youth_league, m.file_id
                FROM oracle_enterprise_at_month e
                JOIN fact_enterprise_month m ON m.unit_code = e.unit_code AND m.month_key = e.registry_month
                WHERE e.month_key = $1
            ),
            covering AS (
                SELECT l.unit_code,
                       r.submission_id,
                       k.file_id,
                       count(*) OVER (PARTITION BY l.unit_code) AS covering_organizations,
                       row_number() OVER (
                           PARTITION BY l.unit_code
                           ORDER BY coalesce(o.formation = '单独组建' AND NOT l.attached, false) DESC,
                                    (CAST($4 AS VARCHAR) IS NULL OR so.org_code IS NOT NULL) DESC,
                                    l.attached,
                                    l.org_code) AS rank
                FROM oracle_coverage_link_at_month l
                JOIN oracle_latest_report r ON r.month_key = $1 AND r.org_code = l.org_code
                JOIN oracle_organization_at_month o ON o.month_key = $1 AND o.org_code = l.org_code
                JOIN fact_coverage_link k ON k.org_code = r.org_code AND k.month_key = r.report_month AND k.unit_code = l.unit_code
                LEFT JOIN scope_organization so ON so.org_code = l.org_code
                WHERE l.month_key = $1
            ),
            roster AS (
                SELECT pe.unit_code,
                       pe.submission_id,
                       pm.file_id,
                       row_number() OVER (
                           PARTITION BY pe.unit_code
                           ORDER BY so.org_code IS NOT NULL DESC, count(*) DESC, pe.org_code) AS rank
                FROM oracle_people_at_month pe
                JOIN fact_person_month pm ON pm.org_code = pe.org_code AND pm.month_key = pe.report_month AND pm.person_key = pe.person_key
                LEFT JOIN scope_organization so ON so.org_code = pe.org_code
                WHERE pe.month_key = $1 AND pe.full_member AND pe.unit_code IS NOT NULL
                GROUP BY pe.unit_code, pe.org_code, pe.submission_id, pm.file_id, so.org_code
            )
            SELECT e.unit_code AS enterprise_code,
                   e.unit_name AS enterprise_name,
                   e.unit_category,
                   e.industry,
                   e.moved_in_on,
                   e.days_in_park,
                   e.full_members,
                   coalesce(v.covering_organizations, 0) AS covering_organizations,
                   concat_ws(';',
                       CASE WHEN e.org_covered THEN 'organization' END,
                       CASE WHEN coalesce(trim(g.instructor), '') <> '' THEN 'instructor' END,
                       CASE WHEN g.has_union THEN 'union' END,
                       CASE WHEN g.has_youth_league THEN 'youthLeague' END) AS work_ways,
            """;

    /** The enterprise's provenance: the submission {@code s} and file {@code f} joined by the figure. */
    private static final String ENTERPRISE_SOURCE = """
                   s.org_code AS source_org_code,
                   CAST(coalesce(s.month_key, g.registry_month) AS VARCHAR) AS source_month,
                   f.file_id,
                   f.original_name AS file_name,
                   f.received_at,
                   s.submitted_on,
                   f.sha256
            FROM enterprise e
            LEFT JOIN registry g ON g.unit_code = e.unit_code
            LEFT JOIN covering v ON v.unit_code = e.unit_code AND v.rank = 1
            LEFT JOIN roster t ON t.unit_code = e.unit_code AND t.rank = 1
            """;

    /** From the registry file. */
    private static final String FROM_REGISTRY = ENTERPRISE_SOURCE + """
            LEFT JOIN fact_submission s ON false
            LEFT JOIN archived_file f ON f.file_id = g.file_id
            """;

    /** From the covering organization's submission. */
    private static final String FROM_COVERING = ENTERPRISE_SOURCE + """
            LEFT JOIN fact_submission s ON s.submission_id = v.submission_id
            LEFT JOIN archived_file f ON f.file_id = v.file_id
            """;

    /** From the covering submission when org-covered, else from the registry (instructor, union, youth league). */
    private static final String FROM_COVERING_OR_REGISTRY = ENTERPRISE_SOURCE + """
            LEFT JOIN fact_submission s ON s.submission_id = v.submission_id
            LEFT JOIN archived_file f ON f.file_id = coalesce(v.file_id, g.file_id)
            """;

    /** From the roster that reports most of the enterprise's full members. */
    private static final String FROM_ROSTER = ENTERPRISE_SOURCE + """
            LEFT JOIN fact_submission s ON s.submission_id = t.submission_id
            LEFT JOIN archived_file f ON f.file_id = t.file_id
            """;

    private static final String BY_ENTERPRISE = "ORDER BY e.unit_name, e.unit_code\n";

    static final String COVERAGE_ACTIVE = ENTERPRISES + FROM_REGISTRY + BY_ENTERPRISE;
    static final String COVERAGE_COVERED = ENTERPRISES + FROM_COVERING + "WHERE e.org_covered\n" + BY_ENTERPRISE;
    static final String COVERAGE_WORK_COVERED = ENTERPRISES + FROM_COVERING_OR_REGISTRY + "WHERE e.work_covered\n" + BY_ENTERPRISE;
    static final String COVERAGE_OWN_ORGANIZATION = ENTERPRISES + FROM_COVERING + "WHERE e.full_members >= 3 AND e.own_organization\n" + BY_ENTERPRISE;
    static final String COVERAGE_MUST_FORM = ENTERPRISES + FROM_ROSTER + "WHERE e.full_members >= 3 AND NOT e.own_organization\n" + BY_ENTERPRISE;
    static final String COVERAGE_UNCOVERED_90 = ENTERPRISES + FROM_REGISTRY + "WHERE NOT e.org_covered AND e.days_in_park > 90\n" + BY_ENTERPRISE;

    // ---------------------------------------------------------------- members (mart_membership)

    /** The members counted at M in the scope's organizations (oracle_people_at_month), each from their counted roster row. */
    private static final String MEMBERS = PARAMETERS + """
            SELECT pe.person_key,
                   pe.org_code AS organization,
                   pe.stage,
                   pe.mobile,
                   pe.managed,
                   pe.backbone,
            """ + BRANCH_SOURCE + """
            FROM oracle_people_at_month pe
            JOIN fact_person_month pm ON pm.org_code = pe.org_code AND pm.month_key = pe.report_month AND pm.person_key = pe.person_key
            LEFT JOIN fact_submission s ON s.submission_id = pe.submission_id
            LEFT JOIN archived_file f ON f.file_id = pm.file_id
            WHERE pe.month_key = $1
              AND pe.member
              AND """ + inScope("pe.org_code") + "\n";

    private static final String BY_PERSON = "ORDER BY pe.org_code, pe.person_key\n";

    static final String MEMBERSHIP_MEMBERS = MEMBERS + BY_PERSON;
    static final String MEMBERSHIP_MOBILE_MANAGED = MEMBERS + "AND pe.mobile AND pe.managed\n" + BY_PERSON;
    static final String MEMBERSHIP_BACKBONE = MEMBERS + "AND pe.backbone\n" + BY_PERSON;

    // ---------------------------------------------------------------- admissions (mart_admission_flow, stage 预备党员)

    /**
     * The 预备党员 events (入党日期) of the analysed months from January of M's year to M; in a subtree, those whose organization
     * was in it at the event's month — the sum of mart_admission_flow.entries over those months.
     */
    static final String ADMISSIONS_JOINED = PARAMETERS + """
            SELECT e.person_key,
                   e.org_code AS organization,
                   e.event_date AS joined_on,
            """ + BRANCH_SOURCE + """
            FROM fact_admission_event e
            JOIN oracle_analysed_month m ON m.month_key = e.month_key
            LEFT JOIN fact_submission s ON s.submission_id = e.submission_id
            LEFT JOIN archived_file f ON f.file_id = e.file_id
            WHERE e.stage = '预备党员'
              AND e.month_key BETWEEN CAST($1 AS INTEGER) // 100 * 100 + 1 AND $1
              AND ($2 = 'park' OR EXISTS (
                  SELECT 1
                  FROM oracle_subtree_member t
                  WHERE t.month_key BETWEEN CAST($1 AS INTEGER) // 100 * 100 + 1 AND $1
                    AND t.month_key = e.month_key AND t.org_code = e.org_code AND t.root_code = $3))
            ORDER BY e.event_date, e.org_code, e.person_key
            """;

    // ---------------------------------------------------------------- organizational life

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
     * The branches compliant in the quarter (oracle_life_compliance_branch), in a subtree at the quarter's last month, each
     * with the submission it had reported by then (mart_life_compliance.compliant_branches).
     */
    static final String LIFE_COMPLIANT = PARAMETERS + """
            SELECT b.org_code AS organization,
                   b.org_kind,
                   b.general_meetings,
                   b.party_lectures,
                   b.theme_day_months_held,
            """ + BRANCH_SOURCE + """
            FROM oracle_life_compliance_branch b
            JOIN oracle_analysed_quarter q ON q.quarter = b.quarter
            LEFT JOIN oracle_latest_report r ON r.month_key = q.last_month_key AND r.org_code = b.org_code
            LEFT JOIN fact_submission s ON s.submission_id = r.submission_id
            LEFT JOIN archived_file f ON f.file_id = s.file_id
            WHERE b.quarter = $5
              AND b.compliant
              AND ($2 = 'park' OR EXISTS (
                  SELECT 1
                  FROM oracle_subtree_member t
                  WHERE t.month_key = q.last_month_key AND t.org_code = b.org_code AND t.root_code = $3))
            ORDER BY b.org_code
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

    // ---------------------------------------------------------------- liaison (mart_liaison_summary)

    /** The assignments active at M whose site is in the scope (oracle_liaison_progress). */
    private static final String ASSIGNMENTS = PARAMETERS + """
            , contact AS (
                SELECT c.liaison, c.site_org_code, c.month_key, c.file_id,
                       row_number() OVER (PARTITION BY c.liaison, c.site_org_code ORDER BY c.contacted_on DESC, c.file_id DESC, c.row_no DESC) AS rank
                FROM fact_liaison_contact c
                JOIN dim_month d ON d.month_key = $1
                WHERE c.contacted_on BETWEEN d.first_day AND d.last_day
            )
            SELECT lp.liaison,
                   lp.title,
                   lp.site_org_code AS site,
                   lp.start_on,
                   lp.contacts_in_month,
                   lp.last_contact_on,
                   lp.days_since_last_contact,
            """;

    private static final String ASSIGNMENT_SCOPE = """
            WHERE lp.month_key = $1
              AND """ + inScope("lp.site_org_code") + """
            """;

    /** Contacted in M: provenance is the latest contact of M in the 联系点记录 file. */
    static final String LIAISON_CONTACTED = ASSIGNMENTS + feedSource("c.month_key") + """
            FROM oracle_liaison_progress lp
            LEFT JOIN contact c ON c.liaison = lp.liaison AND c.site_org_code = lp.site_org_code AND c.rank = 1
            LEFT JOIN archived_file f ON f.file_id = c.file_id
            """ + ASSIGNMENT_SCOPE + """
            AND lp.monthly_ok
            ORDER BY lp.liaison, lp.site_org_code
            """;

    /** Overdue (no contact in M): provenance is the 联系点分配 file that assigned it. */
    static final String LIAISON_OVERDUE = ASSIGNMENTS + feedSource("NULL") + """
            FROM oracle_liaison_progress lp
            JOIN fact_liaison_assignment a ON a.liaison = lp.liaison AND a.site_org_code = lp.site_org_code AND a.start_on = lp.start_on
            LEFT JOIN archived_file f ON f.file_id = a.file_id
            """ + ASSIGNMENT_SCOPE + """
            AND lp.overdue
            ORDER BY lp.days_since_last_contact DESC NULLS FIRST, lp.liaison, lp.site_org_code
            """;

    // ---------------------------------------------------------------- grades, sites

    /** Organizations graded 好 in the period (mart_grade_summary.good), in a subtree at the period's last month. */
    static final String GRADES_GOOD = PARAMETERS + """
            SELECT c.org_code AS organization,
                   g.grade,
                   g.score,
                   c.previous_grade,
            """ + feedSource("g.period") + """
            FROM oracle_grade_comparison c
            JOIN fact_grade g ON g.period = c.period AND g.org_code = c.org_code
            LEFT JOIN archived_file f ON f.file_id = g.file_id
            WHERE c.period = $5
              AND c.grade = '好'
              AND ($2 = 'park' OR EXISTS (
                  SELECT 1
                  FROM oracle_grade_scope t
                  WHERE t.period = $5 AND t.org_code = c.org_code AND t.scope_kind = 'subtree' AND t.scope_code = $3))
            ORDER BY g.score DESC NULLS LAST, c.org_code
            """;

    /** Demonstration sites active at M at the level (all levels without one) in the scope (mart_demonstration_sites.active_sites). */
    static final String SITES_ACTIVE = PARAMETERS + """
            SELECT a.org_code AS organization,
                   a.level,
                   a.named_on,
            """ + feedSource("NULL") + """
            FROM oracle_site_at_month a
            JOIN fact_demonstration_site d ON d.org_code = a.org_code AND d.level = a.level AND d.named_on = a.named_on
            LEFT JOIN archived_file f ON f.file_id = d.file_id
            WHERE a.month_key = $1
              AND (CAST($5 AS VARCHAR) IS NULL OR a.level = $5)
              AND """ + inScope("a.org_code") + """

            ORDER BY a.level, a.org_code
            """;

    private FigureSql()
    {
    }
}
