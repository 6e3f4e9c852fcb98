-- The SQL oracle of the grades family (分类定级, 晋位升级): mart_grade_distribution, mart_grade_summary, mart_grade_migration, mart_backward_organization.

-- Grading periods with P−1, the calendar quarter before (2025Q1 → 2024Q4).
CREATE OR REPLACE VIEW oracle_grade_period AS
SELECT DISTINCT period,
       CASE WHEN right(period, 1) = '1'
            THEN CAST(CAST(left(period, 4) AS INTEGER) - 1 AS VARCHAR) || 'Q4'
            ELSE left(period, 5) || CAST(CAST(right(period, 1) AS INTEGER) - 1 AS VARCHAR)
       END AS previous_period,
       period_end_month
FROM fact_grade;
COMMENT ON VIEW oracle_grade_period IS '评定期间 — every grading period in fact_grade, its previous calendar quarter and its last month';

-- For each period P, every organization graded in P or in P−1, with both grades (blank when not graded).
CREATE OR REPLACE VIEW oracle_grade_comparison AS
WITH graded AS (
    SELECT p.period, g.org_code
    FROM oracle_grade_period p
    JOIN fact_grade g ON g.period = p.period
    UNION
    SELECT p.period, g.org_code
    FROM oracle_grade_period p
    JOIN fact_grade g ON g.period = p.previous_period
)
SELECT p.period,
       p.previous_period,
       p.period_end_month,
       o.org_code,
       graded_now.grade,
       graded_before.grade AS previous_grade,
       CASE graded_now.grade WHEN '好' THEN 4 WHEN '较好' THEN 3 WHEN '一般' THEN 2 WHEN '较差' THEN 1 END AS grade_rank,
       CASE graded_before.grade WHEN '好' THEN 4 WHEN '较好' THEN 3 WHEN '一般' THEN 2 WHEN '较差' THEN 1 END AS previous_grade_rank
FROM graded o
JOIN oracle_grade_period p ON p.period = o.period
LEFT JOIN fact_grade graded_now ON graded_now.period = p.period AND graded_now.org_code = o.org_code
LEFT JOIN fact_grade graded_before ON graded_before.period = p.previous_period AND graded_before.org_code = o.org_code;
COMMENT ON VIEW oracle_grade_comparison IS '两期定级对照 — per period P every organization graded in P or P−1 with both grades and their ranks (好 4 > 较好 3 > 一般 2 > 较差 1)';

-- Scopes of a period's organizations, read at the period's last month; one not active then is in the park only.
CREATE OR REPLACE VIEW oracle_grade_scope AS
WITH graded AS (
    SELECT period, org_code, period_end_month AS scope_month_key, org_code AS scope_org_code
    FROM oracle_grade_comparison
)
SELECT period, org_code, scope_kind, scope_code
FROM oracle_in_park_and_subtrees('graded');
COMMENT ON VIEW oracle_grade_scope IS '定级所属范围 — the scopes (park, subtrees at the period''s last month) of every organization graded in a period or the one before';

CREATE OR REPLACE VIEW oracle_grade_distribution AS
SELECT c.period, s.scope_kind, s.scope_code, c.grade, count(*) AS organizations
FROM oracle_grade_comparison c
JOIN oracle_grade_scope s ON s.period = c.period AND s.org_code = c.org_code
WHERE c.grade IS NOT NULL
GROUP BY c.period, s.scope_kind, s.scope_code, c.grade;
COMMENT ON VIEW oracle_grade_distribution IS '分类定级分布（核对） — oracle of mart_grade_distribution: organizations per grade, period and scope (non-zero rows only)';

CREATE OR REPLACE VIEW oracle_grade_summary AS
WITH counted AS (
    SELECT c.period,
           c.previous_period,
           s.scope_kind,
           s.scope_code,
           count(*) FILTER (WHERE c.grade IS NOT NULL) AS assessed,
           count(*) FILTER (WHERE c.grade = '好') AS good,
           count(*) FILTER (WHERE c.grade IS NOT NULL AND c.previous_grade IS NOT NULL) AS assessed_both,
           count(*) FILTER (WHERE c.grade_rank > c.previous_grade_rank) AS promoted,
           count(*) FILTER (WHERE c.grade_rank < c.previous_grade_rank) AS demoted,
           count(*) FILTER (WHERE c.grade_rank = c.previous_grade_rank) AS unchanged,
           count(*) FILTER (WHERE c.previous_grade = '较差') AS poor_previous,
           count(*) FILTER (WHERE c.previous_grade = '较差' AND c.grade_rank > 1) AS poor_improved,
           count(*) FILTER (WHERE c.grade IS NOT NULL AND c.previous_grade IS NULL) AS new_in_period,
           count(*) FILTER (WHERE c.grade IS NULL AND c.previous_grade IS NOT NULL) AS gone_after_previous
    FROM oracle_grade_comparison c
    JOIN oracle_grade_scope s ON s.period = c.period AND s.org_code = c.org_code
    GROUP BY c.period, c.previous_period, s.scope_kind, s.scope_code
)
SELECT period,
       previous_period,
       scope_kind,
       scope_code,
       assessed,
       good,
       CAST(good AS DOUBLE) / nullif(assessed, 0) AS advanced_rate,
       assessed_both,
       promoted,
       demoted,
       unchanged,
       CAST(promoted AS DOUBLE) / nullif(assessed_both, 0) AS promotion_rate,
       CAST(demoted AS DOUBLE) / nullif(assessed_both, 0) AS demotion_rate,
       poor_previous,
       poor_improved,
       CAST(poor_improved AS DOUBLE) / nullif(poor_previous, 0) AS poor_conversion_rate,
       new_in_period,
       gone_after_previous
FROM counted;
COMMENT ON VIEW oracle_grade_summary IS '分类定级与晋位升级（核对） — oracle of mart_grade_summary: 先进率, 晋位率, 降级率, 后进转化率, new and gone organizations per period and scope';

CREATE OR REPLACE VIEW oracle_grade_migration AS
SELECT c.period,
       c.previous_period,
       s.scope_kind,
       s.scope_code,
       c.previous_grade AS from_grade,
       c.grade AS to_grade,
       count(*) AS organizations
FROM oracle_grade_comparison c
JOIN oracle_grade_scope s ON s.period = c.period AND s.org_code = c.org_code
WHERE c.grade IS NOT NULL AND c.previous_grade IS NOT NULL
GROUP BY c.period, c.previous_period, s.scope_kind, s.scope_code, c.previous_grade, c.grade;
COMMENT ON VIEW oracle_grade_migration IS '等级迁移矩阵（核对） — oracle of mart_grade_migration: organizations graded in both periods by previous and current grade (non-zero cells only)';

CREATE OR REPLACE VIEW oracle_backward_organization AS
SELECT c.period,
       c.org_code,
       o.org_name,
       o.parent_code,
       g.score,
       c.previous_grade
FROM oracle_grade_comparison c
JOIN fact_grade g ON g.period = c.period AND g.org_code = c.org_code
LEFT JOIN dim_organization o ON o.org_code = c.org_code
    AND c.period_end_month BETWEEN o.valid_from_month AND o.valid_to_month
WHERE c.grade = '较差';
COMMENT ON VIEW oracle_backward_organization IS '后进（较差）组织清单（核对） — oracle of mart_backward_organization: organizations graded 较差 in a period, with their previous grade';
