package io.bastion.dashboard.trace;

import static io.bastion.dashboard.trace.FigureSql.PARAMETERS;
import static io.bastion.dashboard.trace.FigureSql.feedSource;
import static io.bastion.dashboard.trace.FigureSql.inScopeAt;

/**
 * The SQL of the grading figures (mart_grade_summary, mart_grade_distribution, mart_grade_migration,
 * mart_backward_organization): organizations with their grades, each from the 分类定级 file that graded it.
 */
final class GradeSql
{
    /**
     * Every organization graded in the period $5 or the one before (oracle_grade_comparison), in the scope at the period's
     * last month (as oracle_grade_scope places it), with both grades; from the period's file, or the previous period's for
     * one no longer graded.
     */
    private static final String COMPARISON = PARAMETERS + """
            SELECT c.org_code AS organization,
                   c.grade,
                   g.score,
                   c.previous_grade,
                   gp.score AS previous_score,
            """ + feedSource("coalesce(g.period, gp.period)") + """
            FROM oracle_grade_comparison c
            LEFT JOIN fact_grade g ON g.period = c.period AND g.org_code = c.org_code
            LEFT JOIN fact_grade gp ON gp.period = c.previous_period AND gp.org_code = c.org_code
            LEFT JOIN archived_file f ON f.file_id = coalesce(g.file_id, gp.file_id)
            WHERE c.period = $5
              AND """ + inScopeAt("c.org_code", "c.period_end_month") + "\n";

    private static final String BY_SCORE = "ORDER BY g.score DESC NULLS LAST, c.org_code\n";

    /** mart_grade_summary.good. */
    static final String GRADES_GOOD = COMPARISON + "AND c.grade = '好'\n" + BY_SCORE;
    /** mart_grade_summary.assessed. */
    static final String GRADES_ASSESSED = COMPARISON + "AND c.grade IS NOT NULL\n" + BY_SCORE;
    /** mart_grade_summary.promoted (graded in both, better now). */
    static final String GRADES_PROMOTED = COMPARISON + "AND c.grade_rank > c.previous_grade_rank\n" + BY_SCORE;
    /** mart_grade_summary.demoted. */
    static final String GRADES_DEMOTED = COMPARISON + "AND c.grade_rank < c.previous_grade_rank\n" + BY_SCORE;
    /** mart_grade_summary.poor_improved (较差 before, better now). */
    static final String GRADES_POOR_IMPROVED = COMPARISON + "AND c.previous_grade = '较差' AND c.grade_rank > 1\n" + BY_SCORE;
    /** mart_grade_summary.new_in_period. */
    static final String GRADES_NEW = COMPARISON + "AND c.grade IS NOT NULL AND c.previous_grade IS NULL\n" + BY_SCORE;
    /** mart_grade_summary.gone_after_previous. */
    static final String GRADES_GONE = COMPARISON + "AND c.grade IS NULL AND c.previous_grade IS NOT NULL\nORDER BY c.org_code\n";
    /** The 后进 organizations (mart_backward_organization; mart_grade_distribution.organizations of 较差). */
    static final String GRADES_BACKWARD = COMPARISON + "AND c.grade = '较差'\nORDER BY g.score NULLS LAST, c.org_code\n";
    /** mart_grade_distribution.organizations of the grade $6. */
    static final String GRADES_DISTRIBUTION = COMPARISON + "AND c.grade = $6\n" + BY_SCORE;
    /** The organization $6 graded in the period: its one grade, with the one before. */
    static final String GRADES_GRADE = COMPARISON + "AND c.org_code = $6 AND c.grade IS NOT NULL\n" + BY_SCORE;

    /**
     * The organizations graded both in $5 and in $6 (any two periods, from fact_grade as the grades page compares them), in
     * the scope at $6's last month, with the grade $7 in the first and $8 in the second (NULL: any) — a cell, a row's or a
     * column's total of the migration matrix; for consecutive periods mart_grade_migration.organizations.
     */
    static final String GRADES_MIGRATION = PARAMETERS + """
            SELECT t.org_code AS organization,
                   b.grade AS previous_grade,
                   b.score AS previous_score,
                   t.grade,
                   t.score,
            """ + feedSource("t.period") + """
            FROM fact_grade t
            JOIN fact_grade b ON b.org_code = t.org_code AND b.period = $5
            LEFT JOIN archived_file f ON f.file_id = t.file_id
            WHERE t.period = $6
              AND (CAST($7 AS VARCHAR) IS NULL OR b.grade = $7)
              AND (CAST($8 AS VARCHAR) IS NULL OR t.grade = $8)
              AND """ + inScopeAt("t.org_code", "t.period_end_month") + """

            ORDER BY t.score DESC NULLS LAST, t.org_code
            """;

    private GradeSql()
    {
    }
}
