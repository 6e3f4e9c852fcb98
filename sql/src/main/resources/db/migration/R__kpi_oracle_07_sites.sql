-- The SQL oracle of the demonstration-sites family (示范点): mart_demonstration_sites.

-- A scope with at least one active site gets a row for each of the three levels, so a level without sites shows 0.
CREATE OR REPLACE VIEW oracle_demonstration_sites AS
WITH site AS (
    SELECT month_key, level, month_key AS scope_month_key, org_code AS scope_org_code
    FROM oracle_site_at_month
),
scoped AS (
    SELECT month_key, scope_kind, scope_code, level
    FROM oracle_in_park_and_subtrees('site')
),
counted AS (
    SELECT month_key, scope_kind, scope_code, level, count(*) AS active_sites
    FROM scoped
    GROUP BY month_key, scope_kind, scope_code, level
),
scope AS (
    SELECT DISTINCT month_key, scope_kind, scope_code
    FROM scoped
)
SELECT s.month_key,
       s.scope_kind,
       s.scope_code,
       l.level,
       coalesce(c.active_sites, 0) AS active_sites,
       CAST(CASE WHEN s.scope_kind = 'park' THEN t.target_value END AS DECIMAL(12, 4)) AS target_sites
FROM scope s
CROSS JOIN (VALUES ('市级'), ('区级'), ('部门级')) AS l(level)
JOIN oracle_analysed_month m ON m.month_key = s.month_key
LEFT JOIN counted c ON c.month_key = s.month_key AND c.scope_kind = s.scope_kind AND c.scope_code = s.scope_code AND c.level = l.level
LEFT JOIN oracle_annual_target t ON t.year = m.year AND t.indicator = l.level || '示范点';
COMMENT ON VIEW oracle_demonstration_sites IS '示范点（核对） — oracle of mart_demonstration_sites: sites active at M per level, park-wide (against the year''s target) and per subtree of the site';
