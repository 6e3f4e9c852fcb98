-- The SQL oracle: every analysis mart computed again as a plain DuckDB view, straight from the warehouse facts.
-- oracle_X has the columns of mart_X, in the same order and of the same types, without analysis_id and computed_at.
-- It is an independent second implementation of docs/kpi-catalogue.md (the Spark job in analytics/ is the first):
-- tests compare the two, and analysts may query these views, or the helper views they are built from, directly.
--
-- One file per KPI family (R__kpi_oracle_01_coverage.sql … R__kpi_oracle_10_findings.sql, named as the analytics
-- packages), after this one, which holds what several families read: the analysed months, the organizations, reports
-- and people at M, the subtrees and the scope scaffold. Flyway applies repeatable migrations in the order of their
-- names, so a file may read the views of the files numbered before it, never after; within a file a view comes after
-- the ones it reads. Flyway re-applies a file whenever it changes, so every view and macro is CREATE OR REPLACE.

CREATE OR REPLACE VIEW oracle_analysed_month AS
WITH bounds AS (
    SELECT min(month_key) AS first_month, max(month_key) AS last_month
    FROM fact_submission
    WHERE is_current
)
SELECT m.month_key,
       m.month,
       m.year,
       m.quarter,
       m.quarter_label,
       m.month_of_year,
       m.first_day,
       m.last_day,
       m.report_deadline,
       CASE WHEN m.month_of_year = 1 THEN (m.year - 1) * 100 + 12 ELSE m.month_key - 1 END AS previous_month_key,
       CAST(date_trunc('quarter', m.first_day) AS DATE) AS quarter_first_day,
       m.month_of_year % 3 = 0 AS quarter_end
FROM dim_month m
JOIN bounds b ON m.month_key BETWEEN b.first_month AND b.last_month;
COMMENT ON VIEW oracle_analysed_month IS '分析月份 — the analysed months: every month from the first to the last month of the current submissions, with M−1, the quarter''s first day and whether M ends a quarter';

CREATE OR REPLACE VIEW oracle_analysed_quarter AS
SELECT quarter_label AS quarter,
       min(month_key) AS first_month_key,
       max(month_key) AS last_month_key,
       min(first_day) AS first_day,
       max(last_day) AS last_day
FROM oracle_analysed_month
GROUP BY quarter_label
HAVING count(*) = 3;
COMMENT ON VIEW oracle_analysed_quarter IS '分析季度 — the analysed quarters: those whose three months are all analysed months';

-- The dim_organization version valid at M; the organization is active at M when it is established and not yet dissolved.
CREATE OR REPLACE VIEW oracle_organization_at_month AS
SELECT m.month_key,
       m.last_day,
       o.org_code,
       o.org_name,
       o.org_kind,
       o.parent_code,
       o.unit_category,
       o.established_on,
       o.dissolved_on,
       o.term_started_on,
       o.formation,
       o.covered_units,
       o.established_on <= m.last_day AND (o.dissolved_on IS NULL OR o.dissolved_on > m.last_day) AS active,
       o.org_kind IN ('党支部', '联合党支部', '临时党支部') AS branch
FROM oracle_analysed_month m
JOIN dim_organization o ON m.month_key BETWEEN o.valid_from_month AND o.valid_to_month;
COMMENT ON VIEW oracle_organization_at_month IS '月末组织 — each organization''s version at every analysed month M, whether it is active at M and whether it is a branch (党支部, 联合党支部, 临时党支部)';

-- r(o, M): the newest current submission at or before M of each active organization, with its table 1 figures.
CREATE OR REPLACE VIEW oracle_latest_report AS
WITH submission AS (
    SELECT org_code,
           month_key,
           submission_id,
           submitted_on,
           lead(month_key) OVER (PARTITION BY org_code ORDER BY month_key) AS next_month_key
    FROM fact_submission
    WHERE is_current
)
SELECT o.month_key,
       o.org_code,
       s.month_key AS report_month,
       s.submission_id,
       s.submitted_on,
       r.member_count,
       r.party_groups
FROM oracle_organization_at_month o
JOIN submission s ON s.org_code = o.org_code
    AND s.month_key <= o.month_key
    AND (s.next_month_key IS NULL OR o.month_key < s.next_month_key)
LEFT JOIN fact_organization_report r ON r.org_code = s.org_code AND r.month_key = s.month_key
WHERE o.active;
COMMENT ON VIEW oracle_latest_report IS '最近报告 — r(o, M): each active organization''s latest current submission at or before M, with its 党员人数 and 党小组数';

-- One roster row per person at M: the latest report month, then the later 报送日期, then the larger submission id;
-- a person whose chosen row carries a 减少原因 is not counted at M.
CREATE OR REPLACE VIEW oracle_people_at_month AS
WITH candidate AS (
    SELECT r.month_key,
           p.person_key,
           r.org_code,
           r.report_month,
           r.submission_id,
           p.stage,
           p.unit_code,
           p.education,
           p.job,
           p.mobile,
           p.managed,
           p.backbone,
           p.applied_on,
           p.activist_on,
           p.candidate_on,
           p.joined_on,
           p.full_on,
           p.left_reason
    FROM oracle_latest_report r
    JOIN fact_person_month p ON p.org_code = r.org_code AND p.month_key = r.report_month
    QUALIFY row_number() OVER (
            PARTITION BY r.month_key, p.person_key
            ORDER BY r.report_month DESC, r.submitted_on DESC, r.submission_id DESC) = 1
)
SELECT month_key,
       person_key,
       org_code,
       report_month,
       submission_id,
       stage,
       stage IN ('正式党员', '预备党员') AS member,
       stage = '正式党员' AS full_member,
       unit_code,
       education,
       job,
       mobile,
       managed,
       backbone,
       applied_on,
       activist_on,
       candidate_on,
       joined_on,
       full_on
FROM candidate
WHERE left_reason IS NULL;
COMMENT ON VIEW oracle_people_at_month IS '月末人员 — the people counted at M, one row each, in the organization of their counted roster row; member = 正式 or 预备党员, full_member = 正式党员';

-- Subtrees: edges child → parent join active organizations only; a root is an active 党委 or 党总支.
CREATE OR REPLACE VIEW oracle_subtree_member AS
WITH RECURSIVE active AS (
    SELECT month_key, org_code, org_kind, parent_code
    FROM oracle_organization_at_month
    WHERE active
),
edge AS (
    SELECT child.month_key, child.org_code AS child_code, child.parent_code
    FROM active child
    JOIN active parent ON parent.month_key = child.month_key AND parent.org_code = child.parent_code
),
member (month_key, root_code, org_code) AS (
    SELECT month_key, org_code, org_code
    FROM active
    WHERE org_kind IN ('党委', '党总支')
    UNION
    SELECT e.month_key, m.root_code, e.child_code
    FROM member m
    JOIN edge e ON e.month_key = m.month_key AND e.parent_code = m.org_code
)
SELECT month_key, root_code, org_code
FROM member;
COMMENT ON VIEW oracle_subtree_member IS '子树成员 — (M, root, organization): every active organization at or below each active 党委 or 党总支 at M, the root itself included';

-- The scope scaffold of every KPI read park-wide and per subtree: oracle_in_park_and_subtrees('rows') is each row of the
-- relation rows (a table, a view or a CTE of the calling query) once in the park and once in every subtree that holds the
-- organization scope_org_code at month scope_month_key, with scope_kind and scope_code appended. The park takes every row;
-- a subtree only rows of organizations active at that month (docs/kpi-catalogue.md: park-wide counts take everything).
CREATE OR REPLACE MACRO oracle_in_park_and_subtrees(scoped_rows) AS TABLE
SELECT r.*, 'park' AS scope_kind, '全园区' AS scope_code
FROM query_table(scoped_rows) r
UNION ALL
SELECT r.*, 'subtree', s.root_code
FROM query_table(scoped_rows) r
JOIN oracle_subtree_member s ON s.month_key = r.scope_month_key AND s.org_code = r.scope_org_code;
COMMENT ON MACRO TABLE oracle_in_park_and_subtrees IS '园区与子树范围 — each row of the named relation park-wide and in every subtree holding organization scope_org_code at month scope_month_key';

CREATE OR REPLACE VIEW oracle_organization_scope AS
WITH active AS (
    SELECT month_key AS scope_month_key, org_code AS scope_org_code
    FROM oracle_organization_at_month
    WHERE active
)
SELECT scope_month_key AS month_key, scope_org_code AS org_code, scope_kind, scope_code
FROM oracle_in_park_and_subtrees('active')
UNION ALL
SELECT month_key, org_code, 'unit_category', unit_category
FROM oracle_organization_at_month
WHERE active;
COMMENT ON VIEW oracle_organization_scope IS '组织所属范围 — the scopes of each active organization at M: the park, every subtree containing it, its unit category';

CREATE OR REPLACE VIEW oracle_coverage_link_at_month AS
SELECT r.month_key, r.org_code, l.unit_code, l.attached
FROM oracle_latest_report r
JOIN fact_coverage_link l ON l.org_code = r.org_code AND l.month_key = r.report_month;
COMMENT ON VIEW oracle_coverage_link_at_month IS '月末覆盖关系 — the coverage links of the active organizations'' latest reports at M (attached = 挂靠)';

-- Per organization active at M: its people, its latest report's 党小组数, and the events it held in M by kind.
CREATE OR REPLACE VIEW oracle_organization_month AS
WITH people AS (
    SELECT month_key,
           org_code,
           count(*) FILTER (WHERE member) AS members,
           count(*) FILTER (WHERE full_member) AS full_members
    FROM oracle_people_at_month
    GROUP BY month_key, org_code
),
life AS (
    SELECT month_key,
           org_code,
           count(*) FILTER (WHERE kind = '支部党员大会') AS general_meetings,
           count(*) FILTER (WHERE kind = '支部委员会') AS committee_meetings,
           count(*) FILTER (WHERE kind = '党小组会') AS group_meetings,
           count(*) FILTER (WHERE kind = '党课') AS party_lectures,
           count(*) FILTER (WHERE kind = '主题党日') AS theme_days
    FROM fact_organization_life
    GROUP BY month_key, org_code
)
SELECT o.month_key,
       o.org_code,
       o.org_kind,
       o.branch,
       coalesce(p.members, 0) AS members,
       coalesce(p.full_members, 0) AS full_members,
       r.party_groups,
       coalesce(l.general_meetings, 0) AS general_meetings,
       coalesce(l.committee_meetings, 0) AS committee_meetings,
       coalesce(l.group_meetings, 0) AS group_meetings,
       coalesce(l.party_lectures, 0) AS party_lectures,
       coalesce(l.theme_days, 0) AS theme_days
FROM oracle_organization_at_month o
LEFT JOIN people p ON p.month_key = o.month_key AND p.org_code = o.org_code
LEFT JOIN oracle_latest_report r ON r.month_key = o.month_key AND r.org_code = o.org_code
LEFT JOIN life l ON l.month_key = o.month_key AND l.org_code = o.org_code
WHERE o.active;
COMMENT ON VIEW oracle_organization_month IS '组织月度情况 — each active organization at M: members and full members counted in it, 党小组数 of its latest report, meetings held in M by kind';

-- The five stage dates of each person, and the organization each was read from (fact_admission_event pivoted).
CREATE OR REPLACE VIEW oracle_admission_dates AS
SELECT person_key,
       max(event_date) FILTER (WHERE stage = '入党申请人') AS applied_on,
       max(event_date) FILTER (WHERE stage = '入党积极分子') AS activist_on,
       max(event_date) FILTER (WHERE stage = '发展对象') AS candidate_on,
       max(event_date) FILTER (WHERE stage = '预备党员') AS joined_on,
       max(event_date) FILTER (WHERE stage = '正式党员') AS full_on,
       max(org_code) FILTER (WHERE stage = '入党申请人') AS applied_org_code,
       max(org_code) FILTER (WHERE stage = '入党积极分子') AS activist_org_code,
       max(org_code) FILTER (WHERE stage = '发展对象') AS candidate_org_code,
       max(org_code) FILTER (WHERE stage = '预备党员') AS joined_org_code,
       max(org_code) FILTER (WHERE stage = '正式党员') AS full_org_code,
       max(submission_id) FILTER (WHERE stage = '预备党员') AS joined_submission_id
FROM fact_admission_event
GROUP BY person_key;
COMMENT ON VIEW oracle_admission_dates IS '发展阶段日期 — per person the dates of the five admission stages and the organization of each event';

-- The year's target of every indicator: the 年度目标 feed's, else the park default.
CREATE OR REPLACE VIEW oracle_annual_target AS
SELECT y.year,
       d.indicator,
       coalesce(f.target_value, d.target_value) AS target_value
FROM (SELECT DISTINCT year FROM oracle_analysed_month) y
CROSS JOIN default_annual_target d
LEFT JOIN fact_annual_target f ON f.year = y.year AND f.indicator = d.indicator;
COMMENT ON VIEW oracle_annual_target IS '适用年度目标 — every indicator''s target for each analysed year: the 年度目标 file''s value, else default_annual_target';

CREATE OR REPLACE VIEW oracle_site_at_month AS
SELECT m.month_key, s.org_code, s.level, s.named_on, s.revoked_on
FROM oracle_analysed_month m
JOIN fact_demonstration_site s ON s.named_on <= m.last_day AND (s.revoked_on IS NULL OR s.revoked_on >= m.last_day);
COMMENT ON VIEW oracle_site_at_month IS '月末示范点 — demonstration sites active at M: named on or before end(M), not revoked before end(M)';
