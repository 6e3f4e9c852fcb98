-- The SQL oracle: every analysis mart computed again as a plain DuckDB view, straight from the warehouse facts.
-- oracle_X has the columns of mart_X, in the same order and of the same types, without analysis_id and computed_at.
-- It is an independent second implementation of docs/kpi-catalogue.md (the Spark job in analytics/ is the first):
-- tests compare the two, and analysts may query these views, or the helper views they are built from, directly.
-- Flyway re-applies this file whenever it changes (repeatable migration), so every view is CREATE OR REPLACE.
-- Helper views come first, each after the ones it reads; the mart views follow in the order of V3__analysis_marts.sql.

-- ================================================================ shared definitions (helper views)

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

CREATE OR REPLACE VIEW oracle_organization_scope AS
SELECT month_key, org_code, 'park' AS scope_kind, '全园区' AS scope_code
FROM oracle_organization_at_month
WHERE active
UNION ALL
SELECT month_key, org_code, 'subtree', root_code
FROM oracle_subtree_member
UNION ALL
SELECT month_key, org_code, 'unit_category', unit_category
FROM oracle_organization_at_month
WHERE active;
COMMENT ON VIEW oracle_organization_scope IS '组织所属范围 — the scopes of each active organization at M: the park, every subtree containing it, its unit category';

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

CREATE OR REPLACE VIEW oracle_coverage_link_at_month AS
SELECT r.month_key, r.org_code, l.unit_code, l.attached
FROM oracle_latest_report r
JOIN fact_coverage_link l ON l.org_code = r.org_code AND l.month_key = r.report_month;
COMMENT ON VIEW oracle_coverage_link_at_month IS '月末覆盖关系 — the coverage links of the active organizations'' latest reports at M (attached = 挂靠)';

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

-- Each member counted at M under the three values mart_membership_breakdown counts them by: the unit category of the
-- organization they are counted in, their age band at end(M) and their education (未知 when blank).
CREATE OR REPLACE VIEW oracle_member_breakdown AS
WITH member AS (
    SELECT p.month_key,
           p.person_key,
           p.org_code,
           p.report_month,
           p.submission_id,
           p.stage,
           o.unit_category,
           CASE
               WHEN d.birth_date IS NULL THEN '未知'
               WHEN o.last_day < d.birth_date + INTERVAL 35 YEAR THEN '35岁以下'
               WHEN o.last_day < d.birth_date + INTERVAL 46 YEAR THEN '35至45岁'
               WHEN o.last_day < d.birth_date + INTERVAL 56 YEAR THEN '46至55岁'
               WHEN o.last_day < d.birth_date + INTERVAL 61 YEAR THEN '56至60岁'
               ELSE '61岁及以上'
           END AS age_band,
           coalesce(nullif(trim(p.education), ''), '未知') AS education
    FROM oracle_people_at_month p
    JOIN oracle_organization_at_month o ON o.month_key = p.month_key AND o.org_code = p.org_code
    LEFT JOIN dim_person d ON d.person_key = p.person_key
    WHERE p.member
)
SELECT month_key, person_key, org_code, report_month, submission_id, stage, 'unit_category' AS dimension,
       coalesce(nullif(trim(unit_category), ''), '未知') AS value
FROM member
UNION ALL
SELECT month_key, person_key, org_code, report_month, submission_id, stage, 'age_band', age_band
FROM member
UNION ALL
SELECT month_key, person_key, org_code, report_month, submission_id, stage, 'education', education
FROM member;
COMMENT ON VIEW oracle_member_breakdown IS '党员构成明细 — each member counted at M once per dimension (unit_category of their organization, age_band at end(M), education) with the value they are counted under';

-- New members are the 预备党员 events; job and education come from that event's roster row.
CREATE OR REPLACE VIEW oracle_new_member AS
SELECT e.person_key,
       e.event_date AS joined_on,
       e.month_key,
       e.org_code,
       e.submission_id,
       e.file_id,
       p.job = '一线职工' AS frontline,
       coalesce(e.event_date < d.birth_date + INTERVAL 35 YEAR, false) AS under_35,
       coalesce(d.gender = '女', false) AS woman,
       coalesce(p.education IN ('研究生', '大学本科', '大学专科'), false) AS college_or_above
FROM fact_admission_event e
LEFT JOIN fact_person_month p ON p.submission_id = e.submission_id AND p.person_key = e.person_key
LEFT JOIN dim_person d ON d.person_key = e.person_key
WHERE e.stage = '预备党员';
COMMENT ON VIEW oracle_new_member IS '新发展党员明细 — every 预备党员 event (入党日期) with the roster row it was read from: 一线职工, under 35 at joined_on, woman, 大专以上';

-- The periods of mart_new_member_structure: every analysed month, and every year of one, whose subtrees are read at its
-- last analysed month.
CREATE OR REPLACE VIEW oracle_structure_period AS
SELECT 'month' AS period_kind, month AS period, month_key AS first_month_key, month_key AS last_month_key,
       month_key AS scope_month_key
FROM oracle_analysed_month
UNION ALL
SELECT 'year', CAST(year AS VARCHAR), year * 100 + 1, year * 100 + 12, max(month_key)
FROM oracle_analysed_month
GROUP BY year;
COMMENT ON VIEW oracle_structure_period IS '新党员结构期间 — the months and years mart_new_member_structure reports, their first and last month and the month their subtrees are read at';

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
SELECT c.period, c.org_code, 'park' AS scope_kind, '全园区' AS scope_code
FROM oracle_grade_comparison c
UNION ALL
SELECT c.period, c.org_code, 'subtree', s.root_code
FROM oracle_grade_comparison c
JOIN oracle_subtree_member s ON s.month_key = c.period_end_month AND s.org_code = c.org_code;
COMMENT ON VIEW oracle_grade_scope IS '定级所属范围 — the scopes (park, subtrees at the period''s last month) of every organization graded in a period or the one before';

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

CREATE OR REPLACE VIEW oracle_liaison_assignment_at_month AS
SELECT m.month_key,
       m.first_day,
       m.last_day,
       m.quarter_first_day,
       m.quarter_end,
       a.liaison,
       a.title,
       a.site_org_code,
       a.start_on,
       a.end_on,
       m.quarter_end
           AND a.start_on <= m.quarter_first_day
           AND (a.end_on IS NULL OR a.end_on >= m.last_day) AS active_all_quarter
FROM oracle_analysed_month m
JOIN fact_liaison_assignment a ON a.start_on <= m.last_day AND (a.end_on IS NULL OR a.end_on >= m.last_day);
COMMENT ON VIEW oracle_liaison_assignment_at_month IS '月末联系任务 — liaison assignments active at M; active_all_quarter only at a quarter''s last month, for those active from its first day to its last';

-- ================================================================ coverage

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

-- ================================================================ grades

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

-- ================================================================ admissions and membership

CREATE OR REPLACE VIEW oracle_admission_flow AS
WITH entry AS (
    SELECT e.month_key, 'park' AS scope_kind, '全园区' AS scope_code, e.stage, e.person_key
    FROM fact_admission_event e
    JOIN oracle_analysed_month m ON m.month_key = e.month_key
    UNION ALL
    SELECT e.month_key, 'subtree', s.root_code, e.stage, e.person_key
    FROM fact_admission_event e
    JOIN oracle_subtree_member s ON s.month_key = e.month_key AND s.org_code = e.org_code
),
entries AS (
    SELECT month_key, scope_kind, scope_code, stage, count(*) AS entries
    FROM entry
    GROUP BY month_key, scope_kind, scope_code, stage
),
stock AS (
    SELECT p.month_key, s.scope_kind, s.scope_code, p.stage, count(*) AS stock
    FROM oracle_people_at_month p
    JOIN oracle_organization_scope s ON s.month_key = p.month_key AND s.org_code = p.org_code
    WHERE s.scope_kind IN ('park', 'subtree')
    GROUP BY p.month_key, s.scope_kind, s.scope_code, p.stage
)
SELECT coalesce(e.month_key, k.month_key) AS month_key,
       coalesce(e.scope_kind, k.scope_kind) AS scope_kind,
       coalesce(e.scope_code, k.scope_code) AS scope_code,
       coalesce(e.stage, k.stage) AS stage,
       coalesce(e.entries, 0) AS entries,
       coalesce(k.stock, 0) AS stock
FROM entries e
FULL JOIN stock k ON k.month_key = e.month_key
    AND k.scope_kind = e.scope_kind
    AND k.scope_code = e.scope_code
    AND k.stage = e.stage;
COMMENT ON VIEW oracle_admission_flow IS '发展党员流程（核对） — oracle of mart_admission_flow: entries into each stage in M and the stock at M, park-wide and per subtree (rows where either is non-zero)';

-- Cohorts by the year of activist_on; subtrees of the activist event's organization at the last analysed month.
CREATE OR REPLACE VIEW oracle_admission_conversion AS
WITH cohort AS (
    SELECT CAST(year(activist_on) AS INTEGER) AS cohort_year, *
    FROM oracle_admission_dates
    WHERE activist_on IS NOT NULL
),
scoped AS (
    SELECT c.*, 'park' AS scope_kind, '全园区' AS scope_code
    FROM cohort c
    UNION ALL
    SELECT c.*, 'subtree', s.root_code
    FROM cohort c
    JOIN oracle_subtree_member s ON s.org_code = c.activist_org_code
        AND s.month_key = (SELECT max(month_key) FROM oracle_analysed_month)
)
SELECT cohort_year,
       scope_kind,
       scope_code,
       count(*) AS activists,
       count(candidate_on) AS became_candidates,
       count(joined_on) AS became_probationary,
       count(full_on) AS became_full,
       CAST(count(candidate_on) AS DOUBLE) / count(*) AS candidate_share,
       CAST(count(joined_on) AS DOUBLE) / count(*) AS probationary_share,
       CAST(count(full_on) AS DOUBLE) / count(*) AS full_share,
       median(CAST(date_diff('day', applied_on, activist_on) AS DOUBLE)) AS median_days_applied_to_activist,
       median(CAST(date_diff('day', activist_on, candidate_on) AS DOUBLE)) AS median_days_activist_to_candidate,
       median(CAST(date_diff('day', candidate_on, joined_on) AS DOUBLE)) AS median_days_candidate_to_probationary,
       median(CAST(date_diff('day', joined_on, full_on) AS DOUBLE)) AS median_days_probationary_to_full
FROM scoped
GROUP BY cohort_year, scope_kind, scope_code;
COMMENT ON VIEW oracle_admission_conversion IS '积极分子转化（核对） — oracle of mart_admission_conversion: per activist cohort and scope, shares reaching each later stage and median days between stages';

-- New members by the period of their 入党日期 (oracle_new_member, oracle_structure_period).
CREATE OR REPLACE VIEW oracle_new_member_structure AS
WITH new_member AS (
    SELECT person_key, joined_on, month_key, org_code, frontline, under_35, woman, college_or_above
    FROM oracle_new_member
),
period AS (
    SELECT period_kind, period, first_month_key, last_month_key, scope_month_key
    FROM oracle_structure_period
),
scoped AS (
    SELECT p.period_kind, p.period, 'park' AS scope_kind, '全园区' AS scope_code, n.*
    FROM period p
    JOIN new_member n ON n.month_key BETWEEN p.first_month_key AND p.last_month_key
    UNION ALL
    SELECT p.period_kind, p.period, 'subtree', s.root_code, n.*
    FROM period p
    JOIN new_member n ON n.month_key BETWEEN p.first_month_key AND p.last_month_key
    JOIN oracle_subtree_member s ON s.month_key = p.scope_month_key AND s.org_code = n.org_code
)
SELECT period_kind,
       period,
       scope_kind,
       scope_code,
       count(*) AS new_members,
       count(*) FILTER (WHERE frontline) AS frontline,
       count(*) FILTER (WHERE under_35) AS under_35,
       count(*) FILTER (WHERE woman) AS women,
       count(*) FILTER (WHERE college_or_above) AS college_or_above,
       CAST(count(*) FILTER (WHERE frontline) AS DOUBLE) / count(*) AS frontline_share,
       CAST(count(*) FILTER (WHERE under_35) AS DOUBLE) / count(*) AS under_35_share,
       CAST(count(*) FILTER (WHERE woman) AS DOUBLE) / count(*) AS women_share,
       CAST(count(*) FILTER (WHERE college_or_above) AS DOUBLE) / count(*) AS college_share
FROM scoped
GROUP BY period_kind, period, scope_kind, scope_code;
COMMENT ON VIEW oracle_new_member_structure IS '新发展党员结构（核对） — oracle of mart_new_member_structure: new members per month and year and scope, shares 一线职工, under 35, women, 大专以上';

-- members_in and members_out compare each scope's members at M with its members at M−1; a scope has a row
-- when it has members at M or had some at M−1.
CREATE OR REPLACE VIEW oracle_membership AS
WITH member_scope AS (
    SELECT p.month_key, s.scope_kind, s.scope_code, p.person_key, p.full_member, p.mobile, p.managed, p.backbone
    FROM oracle_people_at_month p
    JOIN oracle_organization_scope s ON s.month_key = p.month_key AND s.org_code = p.org_code
    WHERE p.member
),
previous AS (
    SELECT m.month_key, ms.scope_kind, ms.scope_code, ms.person_key
    FROM oracle_analysed_month m
    JOIN member_scope ms ON ms.month_key = m.previous_month_key
),
compared AS (
    SELECT coalesce(c.month_key, p.month_key) AS month_key,
           coalesce(c.scope_kind, p.scope_kind) AS scope_kind,
           coalesce(c.scope_code, p.scope_code) AS scope_code,
           c.person_key IS NOT NULL AS counted_now,
           p.person_key IS NOT NULL AS counted_before,
           c.full_member,
           c.mobile,
           c.managed,
           c.backbone
    FROM member_scope c
    FULL JOIN previous p ON p.month_key = c.month_key
        AND p.scope_kind = c.scope_kind
        AND p.scope_code = c.scope_code
        AND p.person_key = c.person_key
),
counted AS (
    SELECT month_key,
           scope_kind,
           scope_code,
           count(*) FILTER (WHERE counted_now) AS members,
           count(*) FILTER (WHERE counted_now AND full_member) AS full_members,
           count(*) FILTER (WHERE counted_now AND NOT full_member) AS probationary_members,
           count(*) FILTER (WHERE counted_now AND NOT counted_before) AS members_in,
           count(*) FILTER (WHERE counted_before AND NOT counted_now) AS members_out,
           count(*) FILTER (WHERE counted_now AND mobile) AS mobile_members,
           count(*) FILTER (WHERE counted_now AND mobile AND managed) AS mobile_managed,
           count(*) FILTER (WHERE counted_now AND backbone) AS backbone_members
    FROM compared
    GROUP BY month_key, scope_kind, scope_code
)
SELECT month_key,
       scope_kind,
       scope_code,
       members,
       full_members,
       probationary_members,
       members_in,
       members_out,
       mobile_members,
       mobile_managed,
       CAST(mobile_managed AS DOUBLE) / nullif(mobile_members, 0) AS mobile_managed_rate,
       backbone_members,
       CAST(backbone_members AS DOUBLE) / nullif(members, 0) AS backbone_rate
FROM counted;
COMMENT ON VIEW oracle_membership IS '党员队伍（核对） — oracle of mart_membership: members, net change, 流动党员纳入管理率 and 业务骨干率 per month and scope (park, subtree, unit category)';

CREATE OR REPLACE VIEW oracle_membership_breakdown AS
SELECT v.month_key, s.scope_kind, s.scope_code, v.dimension, v.value, count(*) AS members
FROM oracle_member_breakdown v
JOIN oracle_organization_scope s ON s.month_key = v.month_key AND s.org_code = v.org_code
WHERE s.scope_kind IN ('park', 'subtree')
GROUP BY v.month_key, s.scope_kind, s.scope_code, v.dimension, v.value;
COMMENT ON VIEW oracle_membership_breakdown IS '党员构成（核对） — oracle of mart_membership_breakdown: members at M per scope by the organization''s unit category, age band at end(M) and education';

-- ================================================================ organizational life

CREATE OR REPLACE VIEW oracle_organization_life AS
WITH event AS (
    SELECT l.month_key, 'park' AS scope_kind, '全园区' AS scope_code, l.expected, l.attended
    FROM fact_organization_life l
    JOIN oracle_analysed_month m ON m.month_key = l.month_key
    UNION ALL
    SELECT l.month_key, 'subtree', s.root_code, l.expected, l.attended
    FROM fact_organization_life l
    JOIN oracle_subtree_member s ON s.month_key = l.month_key AND s.org_code = l.org_code
)
SELECT month_key,
       scope_kind,
       scope_code,
       count(*) AS events,
       CAST(sum(expected) AS BIGINT) AS expected_total,
       CAST(sum(attended) AS BIGINT) AS attended_total,
       CAST(sum(attended) AS DOUBLE) / nullif(sum(expected), 0) AS participation_rate
FROM event
GROUP BY month_key, scope_kind, scope_code;
COMMENT ON VIEW oracle_organization_life IS '组织生活参与（核对） — oracle of mart_organization_life: events of M, Σ expected, Σ attended and 党员参加组织生活率 per scope';

-- Branches active all quarter; the 党课 rule is the default of bastion.analysis.party-lectures-per-quarter (1).
CREATE OR REPLACE VIEW oracle_life_compliance_branch AS
WITH quarter_month AS (
    SELECT q.quarter, q.first_day, q.last_month_key, om.*
    FROM oracle_analysed_quarter q
    JOIN oracle_organization_month om ON om.month_key BETWEEN q.first_month_key AND q.last_month_key
),
held AS (
    SELECT quarter,
           org_code,
           count(*) AS active_months,
           sum(general_meetings) AS general_meetings,
           sum(party_lectures) AS party_lectures,
           count(*) FILTER (WHERE full_members >= 7) AS committee_months_required,
           count(*) FILTER (WHERE full_members >= 7 AND committee_meetings >= 1) AS committee_months_held,
           count(*) FILTER (WHERE party_groups > 0) AS group_months_required,
           count(*) FILTER (WHERE party_groups > 0 AND group_meetings >= 1) AS group_months_held,
           count(*) FILTER (WHERE theme_days >= 1) AS theme_day_months_held
    FROM quarter_month
    GROUP BY quarter, org_code
)
SELECT q.quarter,
       o.org_code,
       o.org_name,
       o.org_kind,
       CAST(h.general_meetings AS BIGINT) AS general_meetings,
       CAST(h.party_lectures AS BIGINT) AS party_lectures,
       h.committee_months_required,
       h.committee_months_held,
       h.group_months_required,
       h.group_months_held,
       h.theme_day_months_held,
       h.general_meetings >= 1
           AND h.party_lectures >= 1
           AND h.committee_months_held = h.committee_months_required
           AND h.group_months_held = h.group_months_required
           AND h.theme_day_months_held = 3 AS compliant
FROM oracle_analysed_quarter q
JOIN oracle_organization_at_month o ON o.month_key = q.last_month_key
JOIN held h ON h.quarter = q.quarter AND h.org_code = o.org_code
WHERE o.active AND o.branch AND o.established_on <= q.first_day AND h.active_months = 3;
COMMENT ON VIEW oracle_life_compliance_branch IS '三会一课逐支部（核对） — oracle of mart_life_compliance_branch: per branch active all quarter, what it held and whether it complied (党课 rule: 1 per quarter)';

CREATE OR REPLACE VIEW oracle_life_compliance AS
WITH scoped AS (
    SELECT b.quarter, 'park' AS scope_kind, '全园区' AS scope_code, b.compliant
    FROM oracle_life_compliance_branch b
    UNION ALL
    SELECT b.quarter, 'subtree', s.root_code, b.compliant
    FROM oracle_life_compliance_branch b
    JOIN oracle_analysed_quarter q ON q.quarter = b.quarter
    JOIN oracle_subtree_member s ON s.month_key = q.last_month_key AND s.org_code = b.org_code
)
SELECT quarter,
       scope_kind,
       scope_code,
       count(*) AS branches,
       count(*) FILTER (WHERE compliant) AS compliant_branches,
       CAST(count(*) FILTER (WHERE compliant) AS DOUBLE) / count(*) AS compliance_rate
FROM scoped
GROUP BY quarter, scope_kind, scope_code;
COMMENT ON VIEW oracle_life_compliance IS '三会一课达标率（核对） — oracle of mart_life_compliance: compliant branches ÷ branches active all quarter, park-wide and per subtree at the quarter''s last month';

-- ================================================================ submissions

CREATE OR REPLACE VIEW oracle_submission_at_month AS
SELECT o.month_key,
       o.org_code,
       o.org_name,
       o.parent_code,
       m.report_deadline AS deadline,
       s.submitted_on,
       coalesce(s.submitted_on <= m.report_deadline, false) AS on_time
FROM oracle_organization_at_month o
JOIN oracle_analysed_month m ON m.month_key = o.month_key
LEFT JOIN fact_submission s ON s.org_code = o.org_code AND s.month_key = o.month_key AND s.is_current
WHERE o.active;
COMMENT ON VIEW oracle_submission_at_month IS '月度报送情况 — each organization active at M: its current submission for M (blank: never came), the deadline and whether it was dated by it';

CREATE OR REPLACE VIEW oracle_submission_timeliness AS
SELECT a.month_key,
       s.scope_kind,
       s.scope_code,
       count(*) AS active_organizations,
       count(*) FILTER (WHERE a.on_time) AS on_time,
       CAST(count(*) FILTER (WHERE a.on_time) AS DOUBLE) / count(*) AS timeliness_rate
FROM oracle_submission_at_month a
JOIN oracle_organization_scope s ON s.month_key = a.month_key AND s.org_code = a.org_code
WHERE s.scope_kind IN ('park', 'subtree')
GROUP BY a.month_key, s.scope_kind, s.scope_code;
COMMENT ON VIEW oracle_submission_timeliness IS '报送及时率（核对） — oracle of mart_submission_timeliness: active organizations with a submission for M dated by the 5th of M+1, park-wide and per subtree';

CREATE OR REPLACE VIEW oracle_late_submission AS
SELECT month_key,
       org_code,
       org_name,
       parent_code,
       deadline,
       submitted_on,
       CAST(date_diff('day', deadline, submitted_on) AS INTEGER) AS days_late
FROM oracle_submission_at_month
WHERE NOT on_time;
COMMENT ON VIEW oracle_late_submission IS '逾期报送清单（核对） — oracle of mart_late_submission: active organizations whose submission for M came after the deadline or never came';

-- ================================================================ demonstration sites, liaison, targets

-- A scope with at least one active site gets a row for each of the three levels, so a level without sites shows 0.
CREATE OR REPLACE VIEW oracle_demonstration_sites AS
WITH scoped AS (
    SELECT month_key, 'park' AS scope_kind, '全园区' AS scope_code, level
    FROM oracle_site_at_month
    UNION ALL
    SELECT a.month_key, 'subtree', s.root_code, a.level
    FROM oracle_site_at_month a
    JOIN oracle_subtree_member s ON s.month_key = a.month_key AND s.org_code = a.org_code
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

CREATE OR REPLACE VIEW oracle_liaison_progress AS
WITH counted AS (
    SELECT a.month_key,
           a.liaison,
           a.site_org_code,
           a.start_on,
           count(c.contacted_on) FILTER (WHERE c.contacted_on BETWEEN a.first_day AND a.last_day) AS contacts_in_month,
           count(c.contacted_on) FILTER (WHERE c.mode = '现场' AND c.contacted_on BETWEEN a.quarter_first_day AND a.last_day)
               AS onsite_in_quarter
    FROM oracle_liaison_assignment_at_month a
    LEFT JOIN fact_liaison_contact c ON c.liaison = a.liaison AND c.site_org_code = a.site_org_code
    GROUP BY a.month_key, a.liaison, a.site_org_code, a.start_on
),
last_contact AS (
    SELECT a.month_key, a.liaison, a.site_org_code, a.start_on, c.contacted_on, c.summary
    FROM oracle_liaison_assignment_at_month a
    JOIN fact_liaison_contact c ON c.liaison = a.liaison AND c.site_org_code = a.site_org_code AND c.contacted_on <= a.last_day
    QUALIFY row_number() OVER (
            PARTITION BY a.month_key, a.liaison, a.site_org_code, a.start_on
            ORDER BY c.contacted_on DESC, c.file_id DESC, c.row_no DESC) = 1
)
SELECT a.month_key,
       a.liaison,
       a.title,
       a.site_org_code,
       o.org_name AS site_name,
       a.start_on,
       a.end_on,
       n.contacts_in_month,
       n.contacts_in_month >= 1 AS monthly_ok,
       n.onsite_in_quarter,
       CASE
           WHEN a.quarter_end AND n.onsite_in_quarter >= 1 THEN '达标'
           WHEN a.quarter_end THEN '未达标'
           WHEN n.onsite_in_quarter >= 1 THEN '已完成'
           ELSE '待完成'
       END AS quarterly_status,
       l.contacted_on AS last_contact_on,
       CAST(date_diff('day', l.contacted_on, a.last_day) AS INTEGER) AS days_since_last_contact,
       l.summary AS last_contact_summary,
       n.contacts_in_month = 0 AS overdue
FROM oracle_liaison_assignment_at_month a
JOIN counted n ON n.month_key = a.month_key AND n.liaison = a.liaison AND n.site_org_code = a.site_org_code AND n.start_on = a.start_on
LEFT JOIN last_contact l ON l.month_key = a.month_key AND l.liaison = a.liaison AND l.site_org_code = a.site_org_code AND l.start_on = a.start_on
LEFT JOIN oracle_organization_at_month o ON o.month_key = a.month_key AND o.org_code = a.site_org_code;
COMMENT ON VIEW oracle_liaison_progress IS '联系点工作进展（核对） — oracle of mart_liaison_progress: per assignment active at M, contacts in M, on-site visits in the quarter so far, the last contact';

CREATE OR REPLACE VIEW oracle_liaison_summary AS
WITH progress AS (
    SELECT p.month_key,
           p.liaison,
           p.site_org_code,
           p.monthly_ok,
           a.quarter_end,
           a.active_all_quarter,
           a.active_all_quarter AND p.onsite_in_quarter >= 1 AS onsite_ok
    FROM oracle_liaison_progress p
    JOIN oracle_liaison_assignment_at_month a ON a.month_key = p.month_key
        AND a.liaison = p.liaison
        AND a.site_org_code = p.site_org_code
        AND a.start_on = p.start_on
),
scoped AS (
    SELECT *, 'park' AS scope_kind, '全园区' AS scope_code
    FROM progress
    UNION ALL
    SELECT p.*, 'subtree', s.root_code
    FROM progress p
    JOIN oracle_subtree_member s ON s.month_key = p.month_key AND s.org_code = p.site_org_code
    UNION ALL
    SELECT *, 'liaison', liaison
    FROM progress
)
SELECT month_key,
       scope_kind,
       scope_code,
       count(*) AS active_assignments,
       count(*) FILTER (WHERE monthly_ok) AS contacted_assignments,
       count(*) FILTER (WHERE NOT monthly_ok) AS overdue_assignments,
       CAST(count(*) FILTER (WHERE monthly_ok) AS DOUBLE) / count(*) AS monthly_rate,
       bool_or(quarter_end) AS quarter_end,
       count(*) FILTER (WHERE active_all_quarter) AS quarter_assignments,
       count(*) FILTER (WHERE onsite_ok) AS onsite_ok_assignments,
       CAST(count(*) FILTER (WHERE onsite_ok) AS DOUBLE) / nullif(count(*) FILTER (WHERE active_all_quarter), 0) AS quarterly_rate
FROM scoped
GROUP BY month_key, scope_kind, scope_code;
COMMENT ON VIEW oracle_liaison_summary IS '联系点达标率（核对） — oracle of mart_liaison_summary: 月度联系达标率 and, at a quarter''s last month, 季度现场达标率, park-wide, per subtree of the site and per liaison';

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

-- ================================================================ findings

-- Person findings come once, in the month of the later date (when analysed), for the organization of its event.
CREATE OR REPLACE VIEW oracle_procedure_finding AS
WITH person_finding AS (
    SELECT CAST(year(candidate_on) * 100 + month(candidate_on) AS INTEGER) AS month_key,
           candidate_org_code AS org_code,
           '积极分子培养不足一年' AS finding,
           person_key,
           date_diff('day', activist_on, candidate_on) AS observed,
           365 AS threshold
    FROM oracle_admission_dates
    WHERE candidate_on < activist_on + INTERVAL 1 YEAR
    UNION ALL
    SELECT CAST(year(full_on) * 100 + month(full_on) AS INTEGER),
           full_org_code,
           '预备期不足一年',
           person_key,
           date_diff('day', joined_on, full_on),
           365
    FROM oracle_admission_dates
    WHERE full_on < joined_on + INTERVAL 1 YEAR
    UNION ALL
    SELECT CAST(year(full_on) * 100 + month(full_on) AS INTEGER),
           full_org_code,
           '预备期超过两年',
           person_key,
           date_diff('day', joined_on, full_on),
           730
    FROM oracle_admission_dates
    WHERE full_on > joined_on + INTERVAL 2 YEAR
    UNION ALL
    SELECT CAST(year(a.applied_on) * 100 + month(a.applied_on) AS INTEGER),
           a.applied_org_code,
           '申请时未满18岁',
           a.person_key,
           date_diff('day', d.birth_date, a.applied_on),
           6570
    FROM oracle_admission_dates a
    JOIN dim_person d ON d.person_key = a.person_key
    WHERE a.applied_on < d.birth_date + INTERVAL 18 YEAR
),
organization_finding AS (
    SELECT month_key, org_code, '不足7名正式党员召开支委会' AS finding, full_members AS observed, 7 AS threshold
    FROM oracle_organization_month
    WHERE branch AND full_members < 7 AND committee_meetings >= 1
    UNION ALL
    SELECT month_key, org_code, '正式党员不足3名', full_members, 3
    FROM oracle_organization_month
    WHERE branch AND full_members < 3
    UNION ALL
    SELECT month_key, org_code, '党员超过50名', members, 50
    FROM oracle_organization_month
    WHERE branch AND members > 50
    UNION ALL
    SELECT l.month_key, l.org_code, '联合党支部覆盖单位超过5个', count(*), 5
    FROM oracle_coverage_link_at_month l
    JOIN oracle_organization_at_month o ON o.month_key = l.month_key AND o.org_code = l.org_code
    WHERE o.org_kind = '联合党支部' AND NOT l.attached
    GROUP BY l.month_key, l.org_code
    HAVING count(*) > 5
)
SELECT f.month_key, f.org_code, f.finding, f.person_key, CAST(f.observed AS BIGINT) AS observed, CAST(f.threshold AS BIGINT) AS threshold
FROM person_finding f
JOIN oracle_analysed_month m ON m.month_key = f.month_key
UNION ALL
SELECT month_key, org_code, finding, CAST(NULL AS BIGINT), CAST(observed AS BIGINT), CAST(threshold AS BIGINT)
FROM organization_finding;
COMMENT ON VIEW oracle_procedure_finding IS '程序合规发现（核对） — oracle of mart_procedure_finding: admission-procedure timings per person, branch committee, size and joint-branch rules per organization';

CREATE OR REPLACE VIEW oracle_overdue_election AS
WITH termed AS (
    SELECT o.month_key,
           o.last_day,
           o.org_code,
           o.org_name,
           o.parent_code,
           o.org_kind,
           o.term_started_on,
           CASE WHEN o.org_kind = '党委' THEN 5 ELSE 3 END AS term_years
    FROM oracle_organization_at_month o
    WHERE o.active AND o.term_started_on IS NOT NULL
),
due AS (
    SELECT *, CAST(term_started_on + to_years(term_years) AS DATE) AS due_on
    FROM termed
)
SELECT month_key,
       org_code,
       org_name,
       parent_code,
       org_kind,
       term_started_on,
       term_years,
       due_on,
       date_diff('day', due_on, last_day) AS days_overdue
FROM due
WHERE due_on < last_day;
COMMENT ON VIEW oracle_overdue_election IS '换届逾期清单（核对） — oracle of mart_overdue_election: active organizations whose 3-year term (5 for a 党委) ended before end(M)';

-- A person's latest roster row at or before M over all organizations holds from its month until their next row's.
CREATE OR REPLACE VIEW oracle_lost_contact AS
WITH latest_in_month AS (
    SELECT p.person_key, p.org_code, p.month_key, p.stage, p.left_reason
    FROM fact_person_month p
    JOIN fact_submission s ON s.submission_id = p.submission_id
    QUALIFY row_number() OVER (PARTITION BY p.person_key, p.month_key ORDER BY s.submitted_on DESC, s.submission_id DESC) = 1
),
span AS (
    SELECT *, lead(month_key) OVER (PARTITION BY person_key ORDER BY month_key) AS next_month_key
    FROM latest_in_month
),
listed AS (
    SELECT m.month_key,
           s.person_key,
           s.org_code,
           s.month_key AS last_report_month,
           (m.month_key // 100 * 12 + m.month_key % 100) - (s.month_key // 100 * 12 + s.month_key % 100) AS months_unreported,
           s.left_reason
    FROM oracle_analysed_month m
    JOIN span s ON s.month_key <= m.month_key AND (s.next_month_key IS NULL OR m.month_key < s.next_month_key)
    WHERE s.stage IN ('正式党员', '预备党员')
)
SELECT month_key,
       person_key,
       org_code,
       last_report_month,
       CAST(months_unreported AS BIGINT) AS months_unreported,
       CASE WHEN left_reason = '失联' THEN '支部报告失联' ELSE '超过6个月无报告' END AS reason
FROM listed
WHERE left_reason = '失联' OR (left_reason IS NULL AND months_unreported > 6);
COMMENT ON VIEW oracle_lost_contact IS '失联党员清单（核对） — oracle of mart_lost_contact: members whose latest roster row reports 失联, or who have not been reported by any branch for more than 6 months';

CREATE OR REPLACE VIEW oracle_reconciliation AS
WITH roster AS (
    SELECT submission_id,
           count(*) FILTER (WHERE stage IN ('正式党员', '预备党员') AND left_reason IS NULL) AS roster_members
    FROM fact_person_month
    GROUP BY submission_id
)
SELECT r.month_key,
       r.org_code,
       coalesce(o.org_name, r.org_name) AS org_name,
       CASE WHEN o.org_code IS NULL THEN r.parent_code ELSE o.parent_code END AS parent_code,
       CAST(r.member_count AS BIGINT) AS reported_members,
       coalesce(p.roster_members, 0) AS roster_members,
       r.member_count - coalesce(p.roster_members, 0) AS difference
FROM fact_organization_report r
JOIN oracle_analysed_month m ON m.month_key = r.month_key
LEFT JOIN roster p ON p.submission_id = r.submission_id
LEFT JOIN oracle_organization_at_month o ON o.month_key = r.month_key AND o.org_code = r.org_code
WHERE r.member_count <> coalesce(p.roster_members, 0);
COMMENT ON VIEW oracle_reconciliation IS '党员人数核对不符清单（核对） — oracle of mart_reconciliation: submissions for M whose 党员人数 differs from the members in their own roster';
