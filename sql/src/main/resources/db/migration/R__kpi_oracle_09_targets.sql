-- The SQL oracle of the targets family (年度目标): mart_targets, read from the other families' park-wide figures
-- (R__kpi_oracle_02_grades, 04_membership, 05_organization_life), hence its place after them.

CREATE OR REPLACE VIEW oracle_targets AS
WITH new_organization AS (
    SELECT m.month_key, count(o.org_code) AS actual
    FROM oracle_analysed_month m
    LEFT JOIN oracle_organization_at_month o ON o.month_key = m.month_key
        AND o.established_on BETWEEN make_date(m.year, 1, 1) AND m.last_day
    GROUP BY m.month_key
),
new_member AS (
    SELECT m.month_key, count(e.person_key) AS actual
    FROM oracle_analysed_month m
    LEFT JOIN fact_admission_event e ON e.stage = '预备党员' AND e.event_date BETWEEN make_date(m.year, 1, 1) AND m.last_day
    GROUP BY m.month_key
),
site AS (
    SELECT m.month_key, l.level || '示范点' AS indicator, count(s.org_code) AS actual
    FROM oracle_analysed_month m
    CROSS JOIN (VALUES ('市级'), ('区级'), ('部门级')) AS l(level)
    LEFT JOIN oracle_site_at_month s ON s.month_key = m.month_key AND s.level = l.level
    GROUP BY m.month_key, l.level
),
latest_grade AS (
    SELECT m.month_key, g.advanced_rate
    FROM oracle_analysed_month m
    JOIN oracle_grade_period p ON p.period_end_month <= m.month_key
    JOIN oracle_grade_summary g ON g.period = p.period AND g.scope_kind = 'park'
    QUALIFY row_number() OVER (PARTITION BY m.month_key ORDER BY p.period_end_month DESC) = 1
),
actual AS (
    SELECT month_key, '新建基层党组织' AS indicator, CAST(actual AS DOUBLE) AS actual FROM new_organization
    UNION ALL
    SELECT month_key, '新发展党员', CAST(actual AS DOUBLE) FROM new_member
    UNION ALL
    SELECT month_key, indicator, CAST(actual AS DOUBLE) FROM site
    UNION ALL
    SELECT month_key, '党员参加组织生活率', participation_rate FROM oracle_organization_life WHERE scope_kind = 'park'
    UNION ALL
    SELECT month_key, '流动党员纳入管理率', mobile_managed_rate FROM oracle_membership WHERE scope_kind = 'park'
    UNION ALL
    SELECT month_key, '业务骨干率', backbone_rate FROM oracle_membership WHERE scope_kind = 'park'
    UNION ALL
    SELECT month_key, '先进率', advanced_rate FROM latest_grade
),
measured AS (
    SELECT m.month_key,
           m.year,
           t.indicator,
           t.target_value,
           a.actual,
           CAST(t.target_value AS DOUBLE) - a.actual AS gap,
           CAST(12 - m.month_of_year AS INTEGER) AS months_left,
           t.indicator IN ('新建基层党组织', '新发展党员', '市级示范点', '区级示范点', '部门级示范点') AS count_indicator
    FROM oracle_analysed_month m
    JOIN oracle_annual_target t ON t.year = m.year
    LEFT JOIN actual a ON a.month_key = m.month_key AND a.indicator = t.indicator
)
SELECT month_key,
       year,
       indicator,
       target_value,
       actual,
       gap,
       months_left,
       CASE WHEN count_indicator AND months_left > 0 THEN greatest(gap, 0) / months_left END AS pace_needed
FROM measured;
COMMENT ON VIEW oracle_targets IS '年度目标进度（核对） — oracle of mart_targets: year-to-date actual at M against each annual target, the gap and, for counts, the pace needed per remaining month';
