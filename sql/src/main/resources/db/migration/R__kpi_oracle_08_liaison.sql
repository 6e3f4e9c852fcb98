-- The SQL oracle of the liaison family (联系点): mart_liaison_progress, mart_liaison_summary.

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
           a.active_all_quarter AND p.onsite_in_quarter >= 1 AS onsite_ok,
           p.month_key AS scope_month_key,
           p.site_org_code AS scope_org_code
    FROM oracle_liaison_progress p
    JOIN oracle_liaison_assignment_at_month a ON a.month_key = p.month_key
        AND a.liaison = p.liaison
        AND a.site_org_code = p.site_org_code
        AND a.start_on = p.start_on
),
scoped AS (
    SELECT *
    FROM oracle_in_park_and_subtrees('progress')
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
