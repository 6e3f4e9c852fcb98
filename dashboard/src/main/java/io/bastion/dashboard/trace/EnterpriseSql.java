package io.bastion.dashboard.trace;

import static io.bastion.dashboard.trace.FigureSql.PARAMETERS;

/** The SQL of the coverage figures (mart_coverage, mart_must_form, mart_enterprise_first_coverage): enterprises, or one enterprise's records. */
final class EnterpriseSql
{
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

    static final String COVERAGE_THREE_FULL = ENTERPRISES + FROM_ROSTER + "WHERE e.full_members >= 3\n" + BY_ENTERPRISE;

    /**
     * One enterprise at M, when it is active and in the scope: its 企业名录 row, every covering link of an active
     * organization's latest report (单独组建, 联合组建 or 挂靠) and each of its full members counted at M — the records
     * behind its row of mart_must_form (covering_orgs, full_members) or mart_uncovered_enterprise. $5 is its code.
     */
    static final String COVERAGE_ENTERPRISE = PARAMETERS + """
            , enterprise AS (
                SELECT c.unit_code, c.unit_name, c.moved_in_on, c.org_covered,
                       e.registry_month, e.instructor, e.has_union, e.has_youth_league, m.file_id
                FROM oracle_coverage_at_month c
                JOIN oracle_enterprise_at_month e ON e.month_key = c.month_key AND e.unit_code = c.unit_code
                JOIN fact_enterprise_month m ON m.unit_code = e.unit_code AND m.month_key = e.registry_month
                WHERE c.month_key = $1
                  AND c.unit_code = $5
                  AND EXISTS (
                    SELECT 1
                    FROM oracle_enterprise_scope s
                    WHERE s.month_key = $1 AND s.unit_code = c.unit_code AND s.scope_kind = $2 AND s.scope_code = $3)
            ),
            record AS (
                SELECT 0 AS part,
                       'registry' AS basis,
                       CAST(NULL AS VARCHAR) AS organization,
                       CAST(NULL AS BIGINT) AS person_key,
                       concat_ws(';',
                           CASE WHEN e.org_covered THEN 'organization' END,
                           CASE WHEN coalesce(trim(e.instructor), '') <> '' THEN 'instructor' END,
                           CASE WHEN e.has_union THEN 'union' END,
                           CASE WHEN e.has_youth_league THEN 'youthLeague' END) AS work_ways,
                       e.moved_in_on,
                       CAST(NULL AS BIGINT) AS submission_id,
                       e.file_id,
                       CAST(e.registry_month AS VARCHAR) AS registry_month
                FROM enterprise e
                UNION ALL
                SELECT 1,
                       CASE WHEN l.attached THEN 'attached' WHEN o.formation = '单独组建' THEN 'own' ELSE 'joint' END,
                       l.org_code,
                       NULL,
                       NULL,
                       NULL,
                       r.submission_id,
                       k.file_id,
                       NULL
                FROM enterprise e
                JOIN oracle_coverage_link_at_month l ON l.month_key = $1 AND l.unit_code = e.unit_code
                JOIN oracle_latest_report r ON r.month_key = $1 AND r.org_code = l.org_code
                JOIN oracle_organization_at_month o ON o.month_key = $1 AND o.org_code = l.org_code
                JOIN fact_coverage_link k ON k.org_code = r.org_code AND k.month_key = r.report_month AND k.unit_code = l.unit_code
                UNION ALL
                SELECT 2,
                       'fullMember',
                       pe.org_code,
                       pe.person_key,
                       NULL,
                       NULL,
                       pe.submission_id,
                       pm.file_id,
                       NULL
                FROM enterprise e
                JOIN oracle_people_at_month pe ON pe.month_key = $1 AND pe.unit_code = e.unit_code AND pe.full_member
                JOIN fact_person_month pm ON pm.org_code = pe.org_code AND pm.month_key = pe.report_month AND pm.person_key = pe.person_key
            )
            SELECT r.basis,
                   e.unit_code AS enterprise_code,
                   e.unit_name AS enterprise_name,
                   r.organization,
                   r.person_key,
                   r.work_ways,
                   r.moved_in_on,
                   s.org_code AS source_org_code,
                   coalesce(CAST(s.month_key AS VARCHAR), r.registry_month) AS source_month,
                   f.file_id,
                   f.original_name AS file_name,
                   f.received_at,
                   s.submitted_on,
                   f.sha256
            FROM record r
            CROSS JOIN enterprise e
            LEFT JOIN fact_submission s ON s.submission_id = r.submission_id
            LEFT JOIN archived_file f ON f.file_id = r.file_id
            ORDER BY r.part, r.organization, r.person_key
            """;

    /**
     * The new enterprises (oracle_enterprise_first_coverage: moved in during the analysed months), in a subtree those it
     * places there at M, as the coverage page narrows mart_enterprise_first_coverage; $5 to $7 a days bucket (its name, first
     * and last day; NOT_YET: not covered yet; COVERED: covered by now) or NULL for all. A covered one comes from the organization that first covered
     * it, one not yet covered from the registry of the last analysed month.
     */
    static final String COVERAGE_FIRST_COVERAGE = PARAMETERS + """
            , first_coverage AS (
                SELECT c.*
                FROM oracle_enterprise_first_coverage c
                WHERE ($2 = 'park' OR EXISTS (
                      SELECT 1
                      FROM oracle_enterprise_scope s
                      WHERE s.month_key = $1 AND s.unit_code = c.unit_code AND s.scope_kind = $2 AND s.scope_code = $3))
                  AND (CAST($5 AS VARCHAR) IS NULL
                      OR ($5 = 'NOT_YET' AND c.days_to_coverage IS NULL)
                      OR ($5 = 'COVERED' AND c.days_to_coverage IS NOT NULL)
                      OR c.days_to_coverage BETWEEN CAST($6 AS INTEGER) AND CAST($7 AS INTEGER))
            ),
            first_link AS (
                SELECT l.unit_code,
                       r.submission_id,
                       k.file_id,
                       row_number() OVER (PARTITION BY l.unit_code ORDER BY l.attached, l.org_code) AS rank
                FROM first_coverage c
                JOIN oracle_coverage_link_at_month l ON l.month_key = c.first_covered_month AND l.unit_code = c.unit_code
                JOIN oracle_latest_report r ON r.month_key = l.month_key AND r.org_code = l.org_code
                JOIN fact_coverage_link k ON k.org_code = r.org_code AND k.month_key = r.report_month AND k.unit_code = l.unit_code
            ),
            registry AS (
                SELECT e.unit_code, e.registry_month, m.file_id
                FROM oracle_enterprise_at_month e
                JOIN fact_enterprise_month m ON m.unit_code = e.unit_code AND m.month_key = e.registry_month
                WHERE e.month_key = (SELECT max(month_key) FROM oracle_analysed_month)
            )
            SELECT c.unit_code AS enterprise_code,
                   c.unit_name AS enterprise_name,
                   c.unit_category,
                   c.industry,
                   c.moved_in_on,
                   c.first_covered_month,
                   c.days_to_coverage,
                   s.org_code AS source_org_code,
                   coalesce(CAST(s.month_key AS VARCHAR), CAST(g.registry_month AS VARCHAR)) AS source_month,
                   f.file_id,
                   f.original_name AS file_name,
                   f.received_at,
                   s.submitted_on,
                   f.sha256
            FROM first_coverage c
            LEFT JOIN first_link l ON l.unit_code = c.unit_code AND l.rank = 1
            LEFT JOIN registry g ON g.unit_code = c.unit_code
            LEFT JOIN fact_submission s ON s.submission_id = l.submission_id
            LEFT JOIN archived_file f ON f.file_id = coalesce(l.file_id, g.file_id)
            ORDER BY c.moved_in_on DESC, c.unit_name, c.unit_code
            """;

    private EnterpriseSql()
    {
    }
}
