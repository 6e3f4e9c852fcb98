package io.bastion.dashboard.trace;

/**
 * What the SQL of every traced figure shares: its bind values, its scope conditions and its provenance columns. The
 * statements themselves are by family ({@link EnterpriseSql}, {@link PeopleSql}, {@link LifeSql}, {@link GradeSql},
 * {@link LiaisonSql}), over the independent oracle helper views (R__kpi_oracle_*.sql) so that the rows listed are what the
 * marts count, each with the submission or committee feed file it came from. Every statement takes the same eight bind
 * values (see {@link #PARAMETERS}); nothing from the request is ever written into the text.
 *
 * <p>Every statement returns the figure's own columns, then the provenance columns {@code source_org_code},
 * {@code source_month} (yyyymm, or a grading period), {@code file_id}, {@code file_name}, {@code received_at},
 * {@code submitted_on} and {@code sha256}.
 */
final class FigureSql
{
    /**
     * The bind values, by number: $1 the month key (yyyymm), $2 and $3 the marts' scope_kind and scope_code, $4 the scope's
     * organizations joined by commas (NULL for the park: everything counts) and $5 to $8 the parts of the figure's argument
     * ({@link FigureArgument}: a quarter, a level, a stage, an organization code … or NULL). They stand where a constant
     * would, so DuckDB pushes the month down into the oracle views; the first CTE declares all eight with their types, so
     * every statement takes all eight, used or not.
     */
    static final String PARAMETERS = """
            WITH parameters AS (
                SELECT CAST($1 AS INTEGER) AS month_key,
                       CAST($2 AS VARCHAR) AS scope_kind,
                       CAST($3 AS VARCHAR) AS scope_code,
                       CAST($4 AS VARCHAR) AS organizations,
                       CAST($5 AS VARCHAR) AS argument,
                       CAST($6 AS VARCHAR) AS second_argument,
                       CAST($7 AS VARCHAR) AS third_argument,
                       CAST($8 AS VARCHAR) AS fourth_argument
            ),
            scope_organization AS (
                SELECT unnest(string_split(CAST($4 AS VARCHAR), ',')) AS org_code
            )
            """;

    /** Whether an organization code is in the scope's organizations at M (always, for the park). */
    static String inScope(String orgCode)
    {
        return "(CAST($4 AS VARCHAR) IS NULL OR %s IN (SELECT org_code FROM scope_organization))".formatted(orgCode);
    }

    /**
     * Whether an organization is in the scope at another month than M (a grading period's or a quarter's last month), as
     * the marts place it: everywhere for the park, in a 党委 / 党总支 subtree by oracle_subtree_member at that month, and
     * for a branch chosen on its own when it is that branch, active then (as the pages' organization tree has it).
     */
    static String inScopeAt(String orgCode, String monthKey)
    {
        return """
                ($2 = 'park'
                    OR EXISTS (
                        SELECT 1
                        FROM oracle_subtree_member scope_member
                        WHERE scope_member.month_key = %2$s AND scope_member.org_code = %1$s AND scope_member.root_code = $3)
                    OR EXISTS (
                        SELECT 1
                        FROM oracle_organization_at_month scope_branch
                        WHERE scope_branch.month_key = %2$s AND scope_branch.org_code = %1$s AND scope_branch.org_code = $3 AND scope_branch.active))\
                """.formatted(orgCode, monthKey);
    }

    /** Provenance of a row read from a branch submission: {@code s} is its fact_submission row, {@code f} its archived file. */
    static final String BRANCH_SOURCE = """
            s.org_code AS source_org_code,
            CAST(s.month_key AS VARCHAR) AS source_month,
            f.file_id,
            f.original_name AS file_name,
            f.received_at,
            s.submitted_on,
            f.sha256
            """;

    /** Provenance of a row read from a committee feed: {@code f} is the feed file; the month expression names its period. */
    static String feedSource(String month)
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

    private FigureSql()
    {
    }
}
