package io.bastion.dashboard.trace;

import static io.bastion.dashboard.trace.FigureSql.PARAMETERS;
import static io.bastion.dashboard.trace.FigureSql.feedSource;
import static io.bastion.dashboard.trace.FigureSql.inScope;
import static io.bastion.dashboard.trace.FigureSql.inScopeAt;

/**
 * The SQL of the liaison figures (mart_liaison_progress, mart_liaison_summary) and of the demonstration sites
 * (mart_demonstration_sites): assignments and contacts, each from its 联系点分配 or 联系点记录 file, and sites from 示范点.
 */
final class LiaisonSql
{
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
                   lp.onsite_in_quarter,
                   CASE WHEN lp.monthly_ok THEN 'contacted' ELSE 'overdue' END AS liaison_status,
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

    /**
     * The liaison $5's assignments active at M whose site is in the scope (oracle_liaison_progress): park-wide
     * mart_liaison_summary.active_assignments of that liaison, in a subtree those of its sites, as the sites page counts them.
     * A contacted one comes from its latest contact of M, an overdue one from the 联系点分配 file.
     */
    static final String LIAISON_PERSON = ASSIGNMENTS + feedSource("c.month_key") + """
            FROM oracle_liaison_progress lp
            JOIN fact_liaison_assignment a ON a.liaison = lp.liaison AND a.site_org_code = lp.site_org_code AND a.start_on = lp.start_on
            LEFT JOIN contact c ON c.liaison = lp.liaison AND c.site_org_code = lp.site_org_code AND c.rank = 1
            LEFT JOIN archived_file f ON f.file_id = coalesce(c.file_id, a.file_id)
            """ + ASSIGNMENT_SCOPE + """
            AND lp.liaison = $5
            ORDER BY lp.overdue DESC, lp.site_org_code, lp.start_on
            """;

    /**
     * The contacts one assignment (liaison $5, site $6) active at M is counted by in mart_liaison_progress: its contacts in M
     * (contacts_in_month) and its on-site visits from the quarter's first day to end(M) (onsite_in_quarter), each marked
     * with what it counts in, from its 联系点记录 file.
     */
    static final String LIAISON_ASSIGNMENT = PARAMETERS + """
            SELECT a.liaison,
                   a.title,
                   a.site_org_code AS site,
                   c.contacted_on,
                   c.mode,
                   c.summary,
                   concat_ws(';',
                       CASE WHEN c.contacted_on BETWEEN a.first_day AND a.last_day THEN 'monthly' END,
                       CASE WHEN c.mode = '现场' AND c.contacted_on BETWEEN a.quarter_first_day AND a.last_day THEN 'onsite' END) AS counted_in,
            """ + feedSource("c.month_key") + """
            FROM oracle_liaison_assignment_at_month a
            JOIN fact_liaison_contact c ON c.liaison = a.liaison
                AND c.site_org_code = a.site_org_code
                AND (c.contacted_on BETWEEN a.first_day AND a.last_day
                    OR (c.mode = '现场' AND c.contacted_on BETWEEN a.quarter_first_day AND a.last_day))
            LEFT JOIN archived_file f ON f.file_id = c.file_id
            WHERE a.month_key = $1
              AND a.liaison = $5
              AND a.site_org_code = $6
              AND """ + inScope("a.site_org_code") + """

            QUALIFY row_number() OVER (PARTITION BY c.file_id, c.row_no ORDER BY a.start_on DESC) = 1
            ORDER BY c.contacted_on, c.file_id, c.row_no
            """;

    /**
     * The assignments active all the quarter $5 with at least one on-site (现场) visit in it, at its last month, whose site
     * is in the scope then (mart_liaison_summary.onsite_ok_assignments, 季度现场达标率's numerator), each from its latest
     * on-site visit of the quarter.
     */
    static final String LIAISON_ONSITE = PARAMETERS + """
            , quarter_end AS (
                SELECT max(month_key) AS month_key, min(first_day) AS first_day, max(last_day) AS last_day
                FROM dim_month
                WHERE quarter_label = $5
            ),
            onsite AS (
                SELECT c.liaison, c.site_org_code, c.month_key, c.file_id,
                       row_number() OVER (PARTITION BY c.liaison, c.site_org_code ORDER BY c.contacted_on DESC, c.file_id DESC, c.row_no DESC) AS rank
                FROM fact_liaison_contact c
                JOIN quarter_end q ON c.contacted_on BETWEEN q.first_day AND q.last_day
                WHERE c.mode = '现场'
            )
            SELECT lp.liaison,
                   lp.title,
                   lp.site_org_code AS site,
                   lp.start_on,
                   lp.onsite_in_quarter,
                   lp.last_contact_on,
            """ + feedSource("c.month_key") + """
            FROM oracle_liaison_progress lp
            JOIN quarter_end q ON q.month_key = lp.month_key
            JOIN oracle_liaison_assignment_at_month a ON a.month_key = lp.month_key
                AND a.liaison = lp.liaison
                AND a.site_org_code = lp.site_org_code
                AND a.start_on = lp.start_on
            LEFT JOIN onsite c ON c.liaison = lp.liaison AND c.site_org_code = lp.site_org_code AND c.rank = 1
            LEFT JOIN archived_file f ON f.file_id = c.file_id
            WHERE a.active_all_quarter
              AND lp.onsite_in_quarter >= 1
              AND """ + inScopeAt("lp.site_org_code", "q.month_key") + """

            ORDER BY lp.liaison, lp.site_org_code
            """;

    // ---------------------------------------------------------------- demonstration sites (mart_demonstration_sites)

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

    private LiaisonSql()
    {
    }
}
