-- The SQL oracle of the timeliness family (报送及时率): mart_submission_timeliness, mart_late_submission.

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
