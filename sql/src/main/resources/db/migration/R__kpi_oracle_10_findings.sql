-- The SQL oracle of the findings family (程序合规, 换届, 失联, 人数核对): mart_procedure_finding, mart_overdue_election,
-- mart_lost_contact, mart_reconciliation.

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
