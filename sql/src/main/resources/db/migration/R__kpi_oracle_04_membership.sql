-- The SQL oracle of the membership family (党员队伍): mart_membership, mart_membership_breakdown.

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
