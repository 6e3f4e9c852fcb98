package io.bastion.dashboard.trace;

import static io.bastion.dashboard.trace.FigureSql.BRANCH_SOURCE;
import static io.bastion.dashboard.trace.FigureSql.PARAMETERS;
import static io.bastion.dashboard.trace.FigureSql.inScope;

/**
 * The SQL of the figures that list people (mart_membership, mart_membership_breakdown, mart_admission_flow,
 * mart_admission_conversion, mart_new_member_structure) and procedure findings (mart_procedure_finding). People are
 * listed by their pseudonymous person_key only.
 */
final class PeopleSql
{
    // ---------------------------------------------------------------- people at M (mart_membership, mart_admission_flow.stock)

    /** The people counted at M in the scope's organizations (oracle_people_at_month), each from their counted roster row. */
    private static final String PEOPLE = PARAMETERS + """
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
              AND """ + inScope("pe.org_code") + "\n";

    private static final String MEMBERS = PEOPLE + "AND pe.member\n";

    private static final String BY_PERSON = "ORDER BY pe.org_code, pe.person_key\n";

    static final String MEMBERSHIP_MEMBERS = MEMBERS + BY_PERSON;
    static final String MEMBERSHIP_MOBILE_MANAGED = MEMBERS + "AND pe.mobile AND pe.managed\n" + BY_PERSON;
    static final String MEMBERSHIP_BACKBONE = MEMBERS + "AND pe.backbone\n" + BY_PERSON;
    /** The people at M in the stage $5 (mart_admission_flow.stock). */
    static final String ADMISSIONS_STOCK = PEOPLE + "AND pe.stage = $5\n" + BY_PERSON;

    /**
     * The members counted in the scope at M or at M−1 (oracle_people_at_month ⋈ oracle_organization_scope, as
     * oracle_membership compares them); M−1 has people only when it is analysed.
     */
    private static final String MEMBER_SCOPE = PARAMETERS + """
            , previous AS (
                SELECT previous_month_key AS month_key
                FROM oracle_analysed_month
                WHERE month_key = $1
            ),
            member_scope AS (
                SELECT p.month_key, p.person_key, p.org_code, p.stage, p.report_month, p.submission_id
                FROM oracle_people_at_month p
                JOIN oracle_organization_scope o ON o.month_key = p.month_key AND o.org_code = p.org_code
                WHERE p.member
                  AND o.scope_kind = $2
                  AND o.scope_code = $3
                  AND (p.month_key = $1 OR p.month_key IN (SELECT month_key FROM previous))
            )
            SELECT m.person_key,
                   m.org_code AS organization,
                   m.stage,
            """ + BRANCH_SOURCE + """
            FROM member_scope m
            JOIN fact_person_month pm ON pm.org_code = m.org_code AND pm.month_key = m.report_month AND pm.person_key = m.person_key
            LEFT JOIN fact_submission s ON s.submission_id = m.submission_id
            LEFT JOIN archived_file f ON f.file_id = pm.file_id
            """;

    /** Members in the scope at M who were not at M−1 (mart_membership.members_in), from their roster at M. */
    static final String MEMBERSHIP_IN = MEMBER_SCOPE + """
            WHERE m.month_key = $1
              AND NOT EXISTS (
                SELECT 1
                FROM member_scope b
                WHERE b.month_key IN (SELECT month_key FROM previous) AND b.person_key = m.person_key)
            ORDER BY m.org_code, m.person_key
            """;

    /** Members in the scope at M−1 who are not at M (mart_membership.members_out), from their roster at M−1. */
    static final String MEMBERSHIP_OUT = MEMBER_SCOPE + """
            WHERE m.month_key IN (SELECT month_key FROM previous)
              AND NOT EXISTS (
                SELECT 1
                FROM member_scope c
                WHERE c.month_key = $1 AND c.person_key = m.person_key)
            ORDER BY m.org_code, m.person_key
            """;

    /**
     * The members at M counted under the value $6 of the dimension $5 (oracle_member_breakdown), in the scope as
     * oracle_organization_scope places their organization — mart_membership_breakdown.members.
     */
    static final String MEMBERSHIP_BREAKDOWN = PARAMETERS + """
            SELECT v.person_key,
                   v.org_code AS organization,
                   v.stage,
                   v.value AS breakdown_value,
            """ + BRANCH_SOURCE + """
            FROM oracle_member_breakdown v
            JOIN fact_person_month pm ON pm.org_code = v.org_code AND pm.month_key = v.report_month AND pm.person_key = v.person_key
            LEFT JOIN fact_submission s ON s.submission_id = v.submission_id
            LEFT JOIN archived_file f ON f.file_id = pm.file_id
            WHERE v.month_key = $1
              AND v.dimension = $5
              AND v.value = $6
              AND EXISTS (
                SELECT 1
                FROM oracle_organization_scope o
                WHERE o.month_key = $1 AND o.org_code = v.org_code AND o.scope_kind = $2 AND o.scope_code = $3)
            ORDER BY v.org_code, v.person_key
            """;

    // ---------------------------------------------------------------- admission events (mart_admission_flow.entries)

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

    /** The events of M into the stage $5 (by that stage's date), in a subtree by the event's organization at M: mart_admission_flow.entries. */
    static final String ADMISSIONS_ENTRIES = PARAMETERS + """
            SELECT e.person_key,
                   e.org_code AS organization,
                   e.stage,
                   e.event_date,
            """ + BRANCH_SOURCE + """
            FROM fact_admission_event e
            JOIN oracle_analysed_month m ON m.month_key = e.month_key
            LEFT JOIN fact_submission s ON s.submission_id = e.submission_id
            LEFT JOIN archived_file f ON f.file_id = e.file_id
            WHERE e.month_key = $1
              AND e.stage = $5
              AND ($2 = 'park' OR EXISTS (
                  SELECT 1
                  FROM oracle_subtree_member t
                  WHERE t.month_key = $1 AND t.org_code = e.org_code AND t.root_code = $3))
            ORDER BY e.event_date, e.org_code, e.person_key
            """;

    /**
     * The activists of the cohort $5 (the year of 确定积极分子日期, oracle_admission_dates) with the later stages they
     * reached, in a subtree by the activist event's organization at the last analysed month: mart_admission_conversion.activists
     * (its became_candidates, became_probationary and became_full are the rows with those dates). From the roster the
     * activist date was read from.
     */
    static final String ADMISSIONS_CONVERSION = PARAMETERS + """
            SELECT d.person_key,
                   d.activist_org_code AS organization,
                   d.activist_on,
                   d.candidate_on,
                   d.joined_on,
                   d.full_on,
            """ + BRANCH_SOURCE + """
            FROM oracle_admission_dates d
            JOIN fact_admission_event e ON e.person_key = d.person_key AND e.stage = '入党积极分子'
            LEFT JOIN fact_submission s ON s.submission_id = e.submission_id
            LEFT JOIN archived_file f ON f.file_id = e.file_id
            WHERE d.activist_on IS NOT NULL
              AND year(d.activist_on) = CAST($5 AS INTEGER)
              AND ($2 = 'park' OR EXISTS (
                  SELECT 1
                  FROM oracle_subtree_member t
                  WHERE t.month_key = (SELECT max(month_key) FROM oracle_analysed_month)
                    AND t.org_code = d.activist_org_code AND t.root_code = $3))
            ORDER BY d.activist_on, d.activist_org_code, d.person_key
            """;

    /**
     * The new members (oracle_new_member) of the period $5 — a month 2025-10 or a year 2025 (oracle_structure_period) — in a
     * subtree at the period's last analysed month, with what the structure counts: mart_new_member_structure.new_members
     * (frontline, under_35, women and college_or_above are the rows marked so).
     */
    static final String ADMISSIONS_STRUCTURE = PARAMETERS + """
            SELECT n.person_key,
                   n.org_code AS organization,
                   n.joined_on,
                   n.frontline,
                   n.under_35,
                   n.woman,
                   n.college_or_above,
            """ + BRANCH_SOURCE + """
            FROM oracle_structure_period p
            JOIN oracle_new_member n ON n.month_key BETWEEN p.first_month_key AND p.last_month_key
            LEFT JOIN fact_submission s ON s.submission_id = n.submission_id
            LEFT JOIN archived_file f ON f.file_id = n.file_id
            WHERE p.period = $5
              AND ($2 = 'park' OR EXISTS (
                  SELECT 1
                  FROM oracle_subtree_member t
                  WHERE t.month_key = p.scope_month_key AND t.org_code = n.org_code AND t.root_code = $3))
            ORDER BY n.joined_on, n.org_code, n.person_key
            """;

    // ---------------------------------------------------------------- procedure findings (mart_procedure_finding)

    /**
     * The findings of M (oracle_procedure_finding) in the scope's organizations, of the kind $5 or all: mart_procedure_finding's
     * rows. A person's finding comes from the roster that reported the later of its dates (发展对象, 正式党员 or, for the age
     * at application, 入党申请人); an organization's from its latest report at M.
     */
    static final String PROCEDURE_FINDINGS = PARAMETERS + """
            SELECT p.finding,
                   p.org_code AS organization,
                   p.person_key,
                   p.observed,
                   p.threshold,
            """ + BRANCH_SOURCE + """
            FROM oracle_procedure_finding p
            LEFT JOIN fact_admission_event e ON p.person_key IS NOT NULL
                AND e.person_key = p.person_key
                AND e.stage = CASE p.finding WHEN '积极分子培养不足一年' THEN '发展对象' WHEN '申请时未满18岁' THEN '入党申请人' ELSE '正式党员' END
            LEFT JOIN oracle_latest_report r ON p.person_key IS NULL AND r.month_key = p.month_key AND r.org_code = p.org_code
            LEFT JOIN fact_submission s ON s.submission_id = coalesce(e.submission_id, r.submission_id)
            LEFT JOIN archived_file f ON f.file_id = coalesce(e.file_id, s.file_id)
            WHERE p.month_key = $1
              AND (CAST($5 AS VARCHAR) IS NULL OR p.finding = $5)
              AND """ + inScope("p.org_code") + """

            ORDER BY p.finding, p.org_code, p.person_key
            """;

    private PeopleSql()
    {
    }
}
