-- The SQL oracle of the admissions family (发展党员): mart_admission_flow, mart_admission_conversion, mart_new_member_structure.

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

CREATE OR REPLACE VIEW oracle_admission_flow AS
WITH entry AS (
    SELECT e.month_key, e.stage, e.month_key AS scope_month_key, e.org_code AS scope_org_code
    FROM fact_admission_event e
    JOIN oracle_analysed_month m ON m.month_key = e.month_key
),
entries AS (
    SELECT month_key, scope_kind, scope_code, stage, count(*) AS entries
    FROM oracle_in_park_and_subtrees('entry')
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
    SELECT CAST(year(activist_on) AS INTEGER) AS cohort_year,
           *,
           (SELECT max(month_key) FROM oracle_analysed_month) AS scope_month_key,
           activist_org_code AS scope_org_code
    FROM oracle_admission_dates
    WHERE activist_on IS NOT NULL
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
FROM oracle_in_park_and_subtrees('cohort')
GROUP BY cohort_year, scope_kind, scope_code;
COMMENT ON VIEW oracle_admission_conversion IS '积极分子转化（核对） — oracle of mart_admission_conversion: per activist cohort and scope, shares reaching each later stage and median days between stages';

-- New members by the period of their 入党日期 (oracle_new_member, oracle_structure_period).
CREATE OR REPLACE VIEW oracle_new_member_structure AS
WITH new_member AS (
    SELECT p.period_kind, p.period, n.frontline, n.under_35, n.woman, n.college_or_above,
           p.scope_month_key, n.org_code AS scope_org_code
    FROM oracle_structure_period p
    JOIN oracle_new_member n ON n.month_key BETWEEN p.first_month_key AND p.last_month_key
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
FROM oracle_in_park_and_subtrees('new_member')
GROUP BY period_kind, period, scope_kind, scope_code;
COMMENT ON VIEW oracle_new_member_structure IS '新发展党员结构（核对） — oracle of mart_new_member_structure: new members per month and year and scope, shares 一线职工, under 35, women, 大专以上';
