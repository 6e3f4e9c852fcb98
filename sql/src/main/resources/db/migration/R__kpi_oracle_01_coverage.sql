-- The SQL oracle of the coverage family (覆盖): mart_coverage, mart_must_form, mart_uncovered_enterprise, mart_enterprise_first_coverage.

-- The registry carries forward: each unit's row with the largest registry month at or before M.
CREATE OR REPLACE VIEW oracle_enterprise_at_month AS
WITH registry AS (
    SELECT *, lead(month_key) OVER (PARTITION BY unit_code ORDER BY month_key) AS next_month_key
    FROM fact_enterprise_month
)
SELECT m.month_key,
       m.last_day,
       e.unit_code,
       e.month_key AS registry_month,
       e.unit_name,
       e.unit_category,
       e.industry,
       e.employees,
       e.moved_in_on,
       e.moved_out_on,
       e.has_union,
       e.has_youth_league,
       e.instructor,
       e.moved_in_on <= m.last_day AND (e.moved_out_on IS NULL OR e.moved_out_on > m.last_day) AS active
FROM oracle_analysed_month m
JOIN registry e ON e.month_key <= m.month_key AND (e.next_month_key IS NULL OR m.month_key < e.next_month_key);
COMMENT ON VIEW oracle_enterprise_at_month IS '月末企业 — each unit''s latest registry row at or before M and whether it is active (in the park) at M';

-- Per active enterprise at M: org-covered, own organization, full members, work coverage, days in the park.
CREATE OR REPLACE VIEW oracle_coverage_at_month AS
WITH link AS (
    SELECT l.month_key,
           l.unit_code,
           bool_or(coalesce(o.formation = '单独组建' AND NOT l.attached, false)) AS own_organization
    FROM oracle_coverage_link_at_month l
    JOIN oracle_organization_at_month o ON o.month_key = l.month_key AND o.org_code = l.org_code
    GROUP BY l.month_key, l.unit_code
),
full_member AS (
    SELECT month_key, unit_code, count(*) AS full_members
    FROM oracle_people_at_month
    WHERE full_member AND unit_code IS NOT NULL
    GROUP BY month_key, unit_code
)
SELECT e.month_key,
       e.last_day,
       e.unit_code,
       e.unit_name,
       e.unit_category,
       e.industry,
       e.moved_in_on,
       coalesce(f.full_members, 0) AS full_members,
       l.unit_code IS NOT NULL AS org_covered,
       coalesce(l.own_organization, false) AS own_organization,
       l.unit_code IS NOT NULL
           OR coalesce(trim(e.instructor), '') <> ''
           OR e.has_union
           OR e.has_youth_league AS work_covered,
       date_diff('day', e.moved_in_on, e.last_day) AS days_in_park
FROM oracle_enterprise_at_month e
LEFT JOIN link l ON l.month_key = e.month_key AND l.unit_code = e.unit_code
LEFT JOIN full_member f ON f.month_key = e.month_key AND f.unit_code = e.unit_code
WHERE e.active;
COMMENT ON VIEW oracle_coverage_at_month IS '月末企业覆盖 — each active enterprise at M: org-covered, with its own 单独组建 organization, its full members, work-covered, days in the park';

-- An enterprise is in a subtree when an organization of the subtree links it or a person counted there works for it.
-- (Not oracle_in_park_and_subtrees: an enterprise is placed through many organizations, and in a subtree once.)
CREATE OR REPLACE VIEW oracle_enterprise_scope AS
WITH subtree AS (
    SELECT s.month_key, s.root_code, l.unit_code
    FROM oracle_subtree_member s
    JOIN oracle_coverage_link_at_month l ON l.month_key = s.month_key AND l.org_code = s.org_code
    UNION
    SELECT s.month_key, s.root_code, p.unit_code
    FROM oracle_subtree_member s
    JOIN oracle_people_at_month p ON p.month_key = s.month_key AND p.org_code = s.org_code
    WHERE p.unit_code IS NOT NULL
)
SELECT month_key, unit_code, 'park' AS scope_kind, '全园区' AS scope_code
FROM oracle_enterprise_at_month
WHERE active
UNION ALL
SELECT e.month_key, e.unit_code, 'subtree', s.root_code
FROM oracle_enterprise_at_month e
JOIN subtree s ON s.month_key = e.month_key AND s.unit_code = e.unit_code
WHERE e.active
UNION ALL
SELECT month_key, unit_code, 'unit_category', unit_category
FROM oracle_enterprise_at_month
WHERE active
UNION ALL
SELECT month_key, unit_code, 'industry', industry
FROM oracle_enterprise_at_month
WHERE active AND coalesce(trim(industry), '') <> '';
COMMENT ON VIEW oracle_enterprise_scope IS '企业所属范围 — the scopes of each active enterprise at M: the park, the subtrees linking it or counting a person working there, its unit category, its industry';

CREATE OR REPLACE VIEW oracle_coverage AS
SELECT c.month_key,
       s.scope_kind,
       s.scope_code,
       count(*) AS active_enterprises,
       count(*) FILTER (WHERE c.org_covered) AS covered_enterprises,
       CAST(count(*) FILTER (WHERE c.org_covered) AS DOUBLE) / count(*) AS org_coverage_rate,
       count(*) FILTER (WHERE c.full_members >= 3) AS enterprises_with_three_full,
       count(*) FILTER (WHERE c.full_members >= 3 AND c.own_organization) AS own_organization_enterprises,
       CAST(count(*) FILTER (WHERE c.full_members >= 3 AND c.own_organization) AS DOUBLE)
           / nullif(count(*) FILTER (WHERE c.full_members >= 3), 0) AS own_branch_rate,
       count(*) FILTER (WHERE c.full_members >= 3 AND NOT c.own_organization) AS must_form_enterprises,
       count(*) FILTER (WHERE c.work_covered) AS work_covered_enterprises,
       CAST(count(*) FILTER (WHERE c.work_covered) AS DOUBLE) / count(*) AS work_coverage_rate,
       count(*) FILTER (WHERE NOT c.org_covered AND c.days_in_park > 90) AS uncovered_over_90_days
FROM oracle_coverage_at_month c
JOIN oracle_enterprise_scope s ON s.month_key = c.month_key AND s.unit_code = c.unit_code
GROUP BY c.month_key, s.scope_kind, s.scope_code;
COMMENT ON VIEW oracle_coverage IS '组织覆盖与工作覆盖（核对） — oracle of mart_coverage: org coverage, own-branch rate, must-form count and work coverage by month and scope';

CREATE OR REPLACE VIEW oracle_must_form AS
WITH covering AS (
    SELECT month_key, unit_code, string_agg(DISTINCT org_code, ';' ORDER BY org_code) AS covering_orgs
    FROM oracle_coverage_link_at_month
    GROUP BY month_key, unit_code
)
SELECT c.month_key,
       c.unit_code,
       c.unit_name,
       c.unit_category,
       c.industry,
       c.full_members,
       coalesce(v.covering_orgs, '') AS covering_orgs
FROM oracle_coverage_at_month c
LEFT JOIN covering v ON v.month_key = c.month_key AND v.unit_code = c.unit_code
WHERE c.full_members >= 3 AND NOT c.own_organization;
COMMENT ON VIEW oracle_must_form IS '应建未建企业清单（核对） — oracle of mart_must_form: active enterprises with ≥ 3 full members and no own organization, with the organizations covering them';

CREATE OR REPLACE VIEW oracle_uncovered_enterprise AS
SELECT month_key, unit_code, unit_name, unit_category, industry, moved_in_on, days_in_park
FROM oracle_coverage_at_month
WHERE NOT org_covered AND days_in_park > 90;
COMMENT ON VIEW oracle_uncovered_enterprise IS '超过90天未覆盖企业清单（核对） — oracle of mart_uncovered_enterprise: active enterprises not org-covered at M and in the park more than 90 days';

-- New enterprises are read in the registry at the last analysed month: moved in from the first analysed month's
-- first day to the last analysed month's last day.
CREATE OR REPLACE VIEW oracle_enterprise_first_coverage AS
WITH bounds AS (
    SELECT min(first_day) AS first_day, max(month_key) AS last_month_key, max(last_day) AS last_day
    FROM oracle_analysed_month
),
first_covered AS (
    SELECT unit_code, min(month_key) AS first_covered_month, min(last_day) AS covered_month_last_day
    FROM oracle_coverage_at_month
    WHERE org_covered
    GROUP BY unit_code
)
SELECT e.unit_code,
       e.unit_name,
       e.unit_category,
       e.industry,
       e.moved_in_on,
       f.first_covered_month,
       CAST(date_diff('day', e.moved_in_on, f.covered_month_last_day) AS INTEGER) AS days_to_coverage
FROM oracle_enterprise_at_month e
JOIN bounds b ON e.month_key = b.last_month_key
LEFT JOIN first_covered f ON f.unit_code = e.unit_code
WHERE e.moved_in_on BETWEEN b.first_day AND b.last_day;
COMMENT ON VIEW oracle_enterprise_first_coverage IS '新入驻企业首次覆盖（核对） — oracle of mart_enterprise_first_coverage: enterprises that moved in during the analysed months, their first org-covered month and the days it took';
