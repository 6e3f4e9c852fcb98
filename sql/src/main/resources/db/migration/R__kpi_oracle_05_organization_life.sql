-- The SQL oracle of the organizational-life family (三会一课): mart_organization_life, mart_life_compliance_branch, mart_life_compliance.

CREATE OR REPLACE VIEW oracle_organization_life AS
WITH event AS (
    SELECT l.month_key, l.expected, l.attended, l.month_key AS scope_month_key, l.org_code AS scope_org_code
    FROM fact_organization_life l
    JOIN oracle_analysed_month m ON m.month_key = l.month_key
)
SELECT month_key,
       scope_kind,
       scope_code,
       count(*) AS events,
       CAST(sum(expected) AS BIGINT) AS expected_total,
       CAST(sum(attended) AS BIGINT) AS attended_total,
       CAST(sum(attended) AS DOUBLE) / nullif(sum(expected), 0) AS participation_rate
FROM oracle_in_park_and_subtrees('event')
GROUP BY month_key, scope_kind, scope_code;
COMMENT ON VIEW oracle_organization_life IS '组织生活参与（核对） — oracle of mart_organization_life: events of M, Σ expected, Σ attended and 党员参加组织生活率 per scope';

-- Branches active all quarter. The 党课 rule is the park's: park_rule's party-lectures-per-quarter, which the analysis runner
-- records from bastion.analysis.party-lectures-per-quarter, else DOMAIN.md's default of 1.
CREATE OR REPLACE VIEW oracle_life_compliance_branch AS
WITH rule AS (
    SELECT coalesce(max(rule_value), 1) AS party_lectures_required
    FROM park_rule
    WHERE rule_name = 'party-lectures-per-quarter'
),
quarter_month AS (
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
           AND h.party_lectures >= r.party_lectures_required
           AND h.committee_months_held = h.committee_months_required
           AND h.group_months_held = h.group_months_required
           AND h.theme_day_months_held = 3 AS compliant
FROM oracle_analysed_quarter q
CROSS JOIN rule r
JOIN oracle_organization_at_month o ON o.month_key = q.last_month_key
JOIN held h ON h.quarter = q.quarter AND h.org_code = o.org_code
WHERE o.active AND o.branch AND o.established_on <= q.first_day AND h.active_months = 3;
COMMENT ON VIEW oracle_life_compliance_branch IS '三会一课逐支部（核对） — oracle of mart_life_compliance_branch: per branch active all quarter, what it held and whether it complied (党课 rule: park_rule''s party-lectures-per-quarter, default 1)';

CREATE OR REPLACE VIEW oracle_life_compliance AS
WITH branch AS (
    SELECT b.quarter, b.compliant, q.last_month_key AS scope_month_key, b.org_code AS scope_org_code
    FROM oracle_life_compliance_branch b
    JOIN oracle_analysed_quarter q ON q.quarter = b.quarter
)
SELECT quarter,
       scope_kind,
       scope_code,
       count(*) AS branches,
       count(*) FILTER (WHERE compliant) AS compliant_branches,
       CAST(count(*) FILTER (WHERE compliant) AS DOUBLE) / count(*) AS compliance_rate
FROM oracle_in_park_and_subtrees('branch')
GROUP BY quarter, scope_kind, scope_code;
COMMENT ON VIEW oracle_life_compliance IS '三会一课达标率（核对） — oracle of mart_life_compliance: compliant branches ÷ branches active all quarter, park-wide and per subtree at the quarter''s last month';
