-- The analysis marts: what the Spark job computes and the dashboard reads, one table per KPI family or action list.
-- Every mart row carries the analysis run that computed it; a run replaces all marts in one transaction.
-- docs/kpi-catalogue.md maps DOMAIN.md's KPIs to these tables; the views oracle_* compute the same in plain SQL.

CREATE TABLE analysis_run (
    analysis_id        BIGINT PRIMARY KEY,
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    status             VARCHAR NOT NULL,
    trigger            VARCHAR NOT NULL,
    spark_master       VARCHAR NOT NULL,
    input_fingerprint  VARCHAR NOT NULL,
    first_month        INTEGER,
    last_month         INTEGER,
    export_ms          BIGINT NOT NULL DEFAULT 0,
    spark_ms           BIGINT NOT NULL DEFAULT 0,
    load_ms            BIGINT NOT NULL DEFAULT 0,
    mart_rows          BIGINT NOT NULL DEFAULT 0,
    message            VARCHAR
);
COMMENT ON TABLE analysis_run IS '分析批次 — one analysis run: the lake export, the Spark job and the atomic load of the marts';
COMMENT ON COLUMN analysis_run.analysis_id IS '分析批次编号 — analysis run id';
COMMENT ON COLUMN analysis_run.started_at IS '开始时间 — when the run started';
COMMENT ON COLUMN analysis_run.finished_at IS '结束时间 — when it ended (blank while running)';
COMMENT ON COLUMN analysis_run.status IS '状态 — running, done, unchanged or failed';
COMMENT ON COLUMN analysis_run.trigger IS '触发方式 — cli, after-ingest or schedule';
COMMENT ON COLUMN analysis_run.spark_master IS 'Spark 主节点 — local[*] or the master URL of a cluster';
COMMENT ON COLUMN analysis_run.input_fingerprint IS '输入指纹 — the last ingestion run and the fact row counts the analysis read';
COMMENT ON COLUMN analysis_run.first_month IS '首月 — the first month analysed (yyyymm)';
COMMENT ON COLUMN analysis_run.last_month IS '末月 — the last month analysed (yyyymm)';
COMMENT ON COLUMN analysis_run.export_ms IS '导出耗时（毫秒） — writing the Parquet lake';
COMMENT ON COLUMN analysis_run.spark_ms IS '计算耗时（毫秒） — the Spark job, start-up included';
COMMENT ON COLUMN analysis_run.load_ms IS '装载耗时（毫秒） — loading the marts';
COMMENT ON COLUMN analysis_run.mart_rows IS '指标行数 — rows loaded into all marts';
COMMENT ON COLUMN analysis_run.message IS '说明 — the error, in Chinese and English, when it failed';

CREATE TABLE mart_coverage (
    month_key                     INTEGER NOT NULL,
    scope_kind                    VARCHAR NOT NULL,
    scope_code                    VARCHAR NOT NULL,
    active_enterprises            BIGINT NOT NULL,
    covered_enterprises           BIGINT NOT NULL,
    org_coverage_rate             DOUBLE,
    enterprises_with_three_full   BIGINT NOT NULL,
    own_organization_enterprises  BIGINT NOT NULL,
    own_branch_rate               DOUBLE,
    must_form_enterprises         BIGINT NOT NULL,
    work_covered_enterprises      BIGINT NOT NULL,
    work_coverage_rate            DOUBLE,
    uncovered_over_90_days        BIGINT NOT NULL,
    analysis_id                   BIGINT NOT NULL,
    computed_at                   TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_coverage IS '组织覆盖与工作覆盖 — coverage: org coverage, own-branch rate, must-form count and work coverage by month and scope (park, subtree, unit category, industry)';
COMMENT ON COLUMN mart_coverage.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_coverage.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_coverage.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_coverage.active_enterprises IS '在园企业数 — active enterprises in the scope at M';
COMMENT ON COLUMN mart_coverage.covered_enterprises IS '组织覆盖企业数 — of them, covered by at least one active organization';
COMMENT ON COLUMN mart_coverage.org_coverage_rate IS '组织覆盖率 — covered_enterprises ÷ active_enterprises; blank when the denominator is 0';
COMMENT ON COLUMN mart_coverage.enterprises_with_three_full IS '正式党员3名以上企业数 — active enterprises with ≥ 3 full members';
COMMENT ON COLUMN mart_coverage.own_organization_enterprises IS '单独组建企业数 — of them, with their own active 单独组建 organization';
COMMENT ON COLUMN mart_coverage.own_branch_rate IS '单独组建率 — own_organization_enterprises ÷ enterprises_with_three_full; blank when the denominator is 0';
COMMENT ON COLUMN mart_coverage.must_form_enterprises IS '应建未建企业数 — enterprises_with_three_full − own_organization_enterprises';
COMMENT ON COLUMN mart_coverage.work_covered_enterprises IS '工作覆盖企业数 — active enterprises org-covered, or with an instructor, a union or a youth-league group';
COMMENT ON COLUMN mart_coverage.work_coverage_rate IS '工作覆盖率 — work_covered_enterprises ÷ active_enterprises; blank when the denominator is 0';
COMMENT ON COLUMN mart_coverage.uncovered_over_90_days IS '超过90天未覆盖企业数 — active enterprises not org-covered and in the park more than 90 days at end(M)';
COMMENT ON COLUMN mart_coverage.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_coverage.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_must_form (
    month_key      INTEGER NOT NULL,
    unit_code      VARCHAR NOT NULL,
    unit_name      VARCHAR NOT NULL,
    unit_category  VARCHAR NOT NULL,
    industry       VARCHAR,
    full_members   BIGINT NOT NULL,
    covering_orgs  VARCHAR NOT NULL,
    analysis_id    BIGINT NOT NULL,
    computed_at    TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_must_form IS '应建未建企业清单 — must-form list: active enterprises with ≥ 3 full members and no own organization, by month';
COMMENT ON COLUMN mart_must_form.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_must_form.unit_code IS '统一社会信用代码 — the enterprise';
COMMENT ON COLUMN mart_must_form.unit_name IS '企业名称 — its name in the registry at M';
COMMENT ON COLUMN mart_must_form.unit_category IS '单位类别 — its category in the registry at M';
COMMENT ON COLUMN mart_must_form.industry IS '行业 — its industry in the registry at M';
COMMENT ON COLUMN mart_must_form.full_members IS '正式党员数 — the enterprise''s full members at M';
COMMENT ON COLUMN mart_must_form.covering_orgs IS '现覆盖组织 — the active organizations covering it jointly or by attachment, codes sorted and joined by '';'' (empty when none)';
COMMENT ON COLUMN mart_must_form.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_must_form.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_uncovered_enterprise (
    month_key      INTEGER NOT NULL,
    unit_code      VARCHAR NOT NULL,
    unit_name      VARCHAR NOT NULL,
    unit_category  VARCHAR NOT NULL,
    industry       VARCHAR,
    moved_in_on    DATE NOT NULL,
    days_in_park   BIGINT NOT NULL,
    analysis_id    BIGINT NOT NULL,
    computed_at    TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_uncovered_enterprise IS '超过90天未覆盖企业清单 — enterprises not org-covered at M and in the park more than 90 days';
COMMENT ON COLUMN mart_uncovered_enterprise.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_uncovered_enterprise.unit_code IS '统一社会信用代码 — the enterprise';
COMMENT ON COLUMN mart_uncovered_enterprise.unit_name IS '企业名称 — its name in the registry at M';
COMMENT ON COLUMN mart_uncovered_enterprise.unit_category IS '单位类别 — its category in the registry at M';
COMMENT ON COLUMN mart_uncovered_enterprise.industry IS '行业 — its industry in the registry at M';
COMMENT ON COLUMN mart_uncovered_enterprise.moved_in_on IS '入驻日期 — moved in on';
COMMENT ON COLUMN mart_uncovered_enterprise.days_in_park IS '在园天数 — end(M) − moved_in_on, in days';
COMMENT ON COLUMN mart_uncovered_enterprise.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_uncovered_enterprise.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_enterprise_first_coverage (
    unit_code            VARCHAR NOT NULL,
    unit_name            VARCHAR NOT NULL,
    unit_category        VARCHAR NOT NULL,
    industry             VARCHAR,
    moved_in_on          DATE NOT NULL,
    first_covered_month  INTEGER,
    days_to_coverage     INTEGER,
    analysis_id          BIGINT NOT NULL,
    computed_at          TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_enterprise_first_coverage IS '新入驻企业首次覆盖 — new enterprises (moved in during the analysed months): the first month they were org-covered and the days it took';
COMMENT ON COLUMN mart_enterprise_first_coverage.unit_code IS '统一社会信用代码 — the enterprise';
COMMENT ON COLUMN mart_enterprise_first_coverage.unit_name IS '企业名称 — its name in the registry at M';
COMMENT ON COLUMN mart_enterprise_first_coverage.unit_category IS '单位类别 — its category in the registry at M';
COMMENT ON COLUMN mart_enterprise_first_coverage.industry IS '行业 — its industry in the registry at M';
COMMENT ON COLUMN mart_enterprise_first_coverage.moved_in_on IS '入驻日期 — moved in on';
COMMENT ON COLUMN mart_enterprise_first_coverage.first_covered_month IS '首次覆盖月份 — the first analysed month at whose end it was org-covered (blank: never yet)';
COMMENT ON COLUMN mart_enterprise_first_coverage.days_to_coverage IS '覆盖用时（天） — last day of first_covered_month − moved_in_on (blank: never yet)';
COMMENT ON COLUMN mart_enterprise_first_coverage.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_enterprise_first_coverage.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_grade_distribution (
    period         VARCHAR NOT NULL,
    scope_kind     VARCHAR NOT NULL,
    scope_code     VARCHAR NOT NULL,
    grade          VARCHAR NOT NULL,
    organizations  BIGINT NOT NULL,
    analysis_id    BIGINT NOT NULL,
    computed_at    TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_grade_distribution IS '分类定级分布 — grades per period and scope: organizations graded 好, 较好, 一般, 较差 (only non-zero rows)';
COMMENT ON COLUMN mart_grade_distribution.period IS '评定期间 — the grading period, e.g. 2026Q3';
COMMENT ON COLUMN mart_grade_distribution.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_grade_distribution.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_grade_distribution.grade IS '等级 — 好, 较好, 一般 or 较差';
COMMENT ON COLUMN mart_grade_distribution.organizations IS '组织数 — organizations with that grade in the period';
COMMENT ON COLUMN mart_grade_distribution.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_grade_distribution.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_grade_summary (
    period                VARCHAR NOT NULL,
    previous_period       VARCHAR NOT NULL,
    scope_kind            VARCHAR NOT NULL,
    scope_code            VARCHAR NOT NULL,
    assessed              BIGINT NOT NULL,
    good                  BIGINT NOT NULL,
    advanced_rate         DOUBLE,
    assessed_both         BIGINT NOT NULL,
    promoted              BIGINT NOT NULL,
    demoted               BIGINT NOT NULL,
    unchanged             BIGINT NOT NULL,
    promotion_rate        DOUBLE,
    demotion_rate         DOUBLE,
    poor_previous         BIGINT NOT NULL,
    poor_improved         BIGINT NOT NULL,
    poor_conversion_rate  DOUBLE,
    new_in_period         BIGINT NOT NULL,
    gone_after_previous   BIGINT NOT NULL,
    analysis_id           BIGINT NOT NULL,
    computed_at           TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_grade_summary IS '分类定级与晋位升级 — gradeMigration summary per period and scope: 先进率, 晋位率, 降级率, 后进转化率, new and gone organizations';
COMMENT ON COLUMN mart_grade_summary.period IS '评定期间 — the grading period, e.g. 2026Q3';
COMMENT ON COLUMN mart_grade_summary.previous_period IS '上一期间 — the calendar quarter before the period';
COMMENT ON COLUMN mart_grade_summary.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_grade_summary.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_grade_summary.assessed IS '参评组织数 — organizations graded in the period';
COMMENT ON COLUMN mart_grade_summary.good IS '评为好的组织数 — of them graded 好';
COMMENT ON COLUMN mart_grade_summary.advanced_rate IS '先进率 — good ÷ assessed; blank when the denominator is 0';
COMMENT ON COLUMN mart_grade_summary.assessed_both IS '连续两期参评数 — organizations graded in both the previous period and the period';
COMMENT ON COLUMN mart_grade_summary.promoted IS '晋位数 — of them, graded better than in the previous period';
COMMENT ON COLUMN mart_grade_summary.demoted IS '降级数 — of them, graded worse';
COMMENT ON COLUMN mart_grade_summary.unchanged IS '持平数 — of them, graded the same';
COMMENT ON COLUMN mart_grade_summary.promotion_rate IS '晋位率 — promoted ÷ assessed_both; blank when the denominator is 0';
COMMENT ON COLUMN mart_grade_summary.demotion_rate IS '降级率 — demoted ÷ assessed_both; blank when the denominator is 0';
COMMENT ON COLUMN mart_grade_summary.poor_previous IS '上期较差数 — organizations graded 较差 in the previous period';
COMMENT ON COLUMN mart_grade_summary.poor_improved IS '后进转化数 — of them, graded better than 较差 in the period';
COMMENT ON COLUMN mart_grade_summary.poor_conversion_rate IS '后进转化率 — poor_improved ÷ poor_previous; blank when the denominator is 0';
COMMENT ON COLUMN mart_grade_summary.new_in_period IS '本期新参评数 — graded in the period, not in the previous one';
COMMENT ON COLUMN mart_grade_summary.gone_after_previous IS '本期未参评数 — graded in the previous period, not in this one';
COMMENT ON COLUMN mart_grade_summary.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_grade_summary.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_grade_migration (
    period           VARCHAR NOT NULL,
    previous_period  VARCHAR NOT NULL,
    scope_kind       VARCHAR NOT NULL,
    scope_code       VARCHAR NOT NULL,
    from_grade       VARCHAR NOT NULL,
    to_grade         VARCHAR NOT NULL,
    organizations    BIGINT NOT NULL,
    analysis_id      BIGINT NOT NULL,
    computed_at      TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_grade_migration IS '等级迁移矩阵 — gradeMigration 4×4 matrix: organizations graded in both periods, by previous and current grade (only non-zero cells)';
COMMENT ON COLUMN mart_grade_migration.period IS '评定期间 — the grading period, e.g. 2026Q3';
COMMENT ON COLUMN mart_grade_migration.previous_period IS '上一期间 — the calendar quarter before the period';
COMMENT ON COLUMN mart_grade_migration.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_grade_migration.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_grade_migration.from_grade IS '上期等级 — grade in the previous period';
COMMENT ON COLUMN mart_grade_migration.to_grade IS '本期等级 — grade in the period';
COMMENT ON COLUMN mart_grade_migration.organizations IS '组织数 — organizations that moved so';
COMMENT ON COLUMN mart_grade_migration.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_grade_migration.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_backward_organization (
    period          VARCHAR NOT NULL,
    org_code        VARCHAR NOT NULL,
    org_name        VARCHAR,
    parent_code     VARCHAR,
    score           DECIMAL(6, 2),
    previous_grade  VARCHAR,
    analysis_id     BIGINT NOT NULL,
    computed_at     TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_backward_organization IS '后进（较差）组织清单 — organizations graded 较差 in a period';
COMMENT ON COLUMN mart_backward_organization.period IS '评定期间 — the grading period, e.g. 2026Q3';
COMMENT ON COLUMN mart_backward_organization.org_code IS '组织代码 — the organization';
COMMENT ON COLUMN mart_backward_organization.org_name IS '组织名称 — its name at the period''s last month (blank when unknown)';
COMMENT ON COLUMN mart_backward_organization.parent_code IS '上级组织代码 — its parent then';
COMMENT ON COLUMN mart_backward_organization.score IS '得分 — the score';
COMMENT ON COLUMN mart_backward_organization.previous_grade IS '上期等级 — its grade in the previous period (blank when not graded)';
COMMENT ON COLUMN mart_backward_organization.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_backward_organization.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_admission_flow (
    month_key    INTEGER NOT NULL,
    scope_kind   VARCHAR NOT NULL,
    scope_code   VARCHAR NOT NULL,
    stage        VARCHAR NOT NULL,
    entries      BIGINT NOT NULL,
    stock        BIGINT NOT NULL,
    analysis_id  BIGINT NOT NULL,
    computed_at  TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_admission_flow IS '发展党员流程 — admissions per month, scope and stage: entries into the stage (by its date) and the stock at month end (rows where either is non-zero)';
COMMENT ON COLUMN mart_admission_flow.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_admission_flow.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_admission_flow.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_admission_flow.stage IS '身份 — 入党申请人, 入党积极分子, 发展对象, 预备党员 or 正式党员';
COMMENT ON COLUMN mart_admission_flow.entries IS '进入人数 — people whose date for this stage falls in M';
COMMENT ON COLUMN mart_admission_flow.stock IS '月末人数 — people at M in this stage';
COMMENT ON COLUMN mart_admission_flow.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_admission_flow.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_admission_conversion (
    cohort_year                            INTEGER NOT NULL,
    scope_kind                             VARCHAR NOT NULL,
    scope_code                             VARCHAR NOT NULL,
    activists                              BIGINT NOT NULL,
    became_candidates                      BIGINT NOT NULL,
    became_probationary                    BIGINT NOT NULL,
    became_full                            BIGINT NOT NULL,
    candidate_share                        DOUBLE,
    probationary_share                     DOUBLE,
    full_share                             DOUBLE,
    median_days_applied_to_activist        DOUBLE,
    median_days_activist_to_candidate      DOUBLE,
    median_days_candidate_to_probationary  DOUBLE,
    median_days_probationary_to_full       DOUBLE,
    analysis_id                            BIGINT NOT NULL,
    computed_at                            TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_admission_conversion IS '积极分子转化 — admission conversion per activist cohort (year of activist_on) and scope: shares reaching each later stage, median days between stages';
COMMENT ON COLUMN mart_admission_conversion.cohort_year IS '积极分子年度 — the year of activist_on';
COMMENT ON COLUMN mart_admission_conversion.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_admission_conversion.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_admission_conversion.activists IS '积极分子数 — people who became activists that year';
COMMENT ON COLUMN mart_admission_conversion.became_candidates IS '成为发展对象数 — of them, with a candidate_on';
COMMENT ON COLUMN mart_admission_conversion.became_probationary IS '成为预备党员数 — of them, with a joined_on';
COMMENT ON COLUMN mart_admission_conversion.became_full IS '转为正式党员数 — of them, with a full_on';
COMMENT ON COLUMN mart_admission_conversion.candidate_share IS '发展对象转化率 — became_candidates ÷ activists; blank when the denominator is 0';
COMMENT ON COLUMN mart_admission_conversion.probationary_share IS '预备党员转化率 — became_probationary ÷ activists; blank when the denominator is 0';
COMMENT ON COLUMN mart_admission_conversion.full_share IS '正式党员转化率 — became_full ÷ activists; blank when the denominator is 0';
COMMENT ON COLUMN mart_admission_conversion.median_days_applied_to_activist IS '申请至积极分子中位天数 — median of activist_on − applied_on over the cohort (blank when none)';
COMMENT ON COLUMN mart_admission_conversion.median_days_activist_to_candidate IS '积极分子至发展对象中位天数 — median of candidate_on − activist_on';
COMMENT ON COLUMN mart_admission_conversion.median_days_candidate_to_probationary IS '发展对象至预备党员中位天数 — median of joined_on − candidate_on';
COMMENT ON COLUMN mart_admission_conversion.median_days_probationary_to_full IS '预备至正式中位天数 — median of full_on − joined_on';
COMMENT ON COLUMN mart_admission_conversion.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_admission_conversion.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_new_member_structure (
    period_kind       VARCHAR NOT NULL,
    period            VARCHAR NOT NULL,
    scope_kind        VARCHAR NOT NULL,
    scope_code        VARCHAR NOT NULL,
    new_members       BIGINT NOT NULL,
    frontline         BIGINT NOT NULL,
    under_35          BIGINT NOT NULL,
    women             BIGINT NOT NULL,
    college_or_above  BIGINT NOT NULL,
    frontline_share   DOUBLE,
    under_35_share    DOUBLE,
    women_share       DOUBLE,
    college_share     DOUBLE,
    analysis_id       BIGINT NOT NULL,
    computed_at       TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_new_member_structure IS '新发展党员结构 — structure of new members (joined_on in the month or the year) per scope';
COMMENT ON COLUMN mart_new_member_structure.period_kind IS '期间类别 — month or year';
COMMENT ON COLUMN mart_new_member_structure.period IS '期间 — 2026-10 for a month, 2026 for a year';
COMMENT ON COLUMN mart_new_member_structure.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_new_member_structure.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_new_member_structure.new_members IS '新发展党员数 — people whose joined_on falls in the period';
COMMENT ON COLUMN mart_new_member_structure.frontline IS '一线职工数 — of them, job 一线职工';
COMMENT ON COLUMN mart_new_member_structure.under_35 IS '35岁以下数 — of them, younger than 35 on joined_on';
COMMENT ON COLUMN mart_new_member_structure.women IS '女性数 — of them, women';
COMMENT ON COLUMN mart_new_member_structure.college_or_above IS '大专以上数 — of them, education 大学专科 or above';
COMMENT ON COLUMN mart_new_member_structure.frontline_share IS '一线职工占比 — frontline ÷ new_members; blank when the denominator is 0';
COMMENT ON COLUMN mart_new_member_structure.under_35_share IS '35岁以下占比 — under_35 ÷ new_members; blank when the denominator is 0';
COMMENT ON COLUMN mart_new_member_structure.women_share IS '女性占比 — women ÷ new_members; blank when the denominator is 0';
COMMENT ON COLUMN mart_new_member_structure.college_share IS '大专以上占比 — college_or_above ÷ new_members; blank when the denominator is 0';
COMMENT ON COLUMN mart_new_member_structure.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_new_member_structure.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_membership (
    month_key             INTEGER NOT NULL,
    scope_kind            VARCHAR NOT NULL,
    scope_code            VARCHAR NOT NULL,
    members               BIGINT NOT NULL,
    full_members          BIGINT NOT NULL,
    probationary_members  BIGINT NOT NULL,
    members_in            BIGINT NOT NULL,
    members_out           BIGINT NOT NULL,
    mobile_members        BIGINT NOT NULL,
    mobile_managed        BIGINT NOT NULL,
    mobile_managed_rate   DOUBLE,
    backbone_members      BIGINT NOT NULL,
    backbone_rate         DOUBLE,
    analysis_id           BIGINT NOT NULL,
    computed_at           TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_membership IS '党员队伍 — membership per month and scope: members, net change, 流动党员纳入管理率, 业务骨干率';
COMMENT ON COLUMN mart_membership.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_membership.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_membership.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_membership.members IS '党员数 — members (正式 + 预备) at M';
COMMENT ON COLUMN mart_membership.full_members IS '正式党员数 — full members at M';
COMMENT ON COLUMN mart_membership.probationary_members IS '预备党员数 — probationary members at M';
COMMENT ON COLUMN mart_membership.members_in IS '增加 — members in the scope at M who were not at M−1';
COMMENT ON COLUMN mart_membership.members_out IS '减少 — members in the scope at M−1 who are not at M';
COMMENT ON COLUMN mart_membership.mobile_members IS '流动党员数 — members marked 流动党员';
COMMENT ON COLUMN mart_membership.mobile_managed IS '流动党员纳入管理数 — of them, 纳入管理';
COMMENT ON COLUMN mart_membership.mobile_managed_rate IS '流动党员纳入管理率 — mobile_managed ÷ mobile_members; blank when the denominator is 0';
COMMENT ON COLUMN mart_membership.backbone_members IS '业务骨干党员数 — members marked 业务骨干';
COMMENT ON COLUMN mart_membership.backbone_rate IS '业务骨干率 — backbone_members ÷ members; blank when the denominator is 0';
COMMENT ON COLUMN mart_membership.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_membership.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_membership_breakdown (
    month_key    INTEGER NOT NULL,
    scope_kind   VARCHAR NOT NULL,
    scope_code   VARCHAR NOT NULL,
    dimension    VARCHAR NOT NULL,
    value        VARCHAR NOT NULL,
    members      BIGINT NOT NULL,
    analysis_id  BIGINT NOT NULL,
    computed_at  TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_membership_breakdown IS '党员构成 — members at month end per scope by the organization''s unit category, age band and education';
COMMENT ON COLUMN mart_membership_breakdown.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_membership_breakdown.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_membership_breakdown.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_membership_breakdown.dimension IS '维度 — unit_category, age_band or education';
COMMENT ON COLUMN mart_membership_breakdown.value IS '取值 — the category, band or level (未知 when blank)';
COMMENT ON COLUMN mart_membership_breakdown.members IS '党员数 — members at M with that value';
COMMENT ON COLUMN mart_membership_breakdown.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_membership_breakdown.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_organization_life (
    month_key           INTEGER NOT NULL,
    scope_kind          VARCHAR NOT NULL,
    scope_code          VARCHAR NOT NULL,
    events              BIGINT NOT NULL,
    expected_total      BIGINT NOT NULL,
    attended_total      BIGINT NOT NULL,
    participation_rate  DOUBLE,
    analysis_id         BIGINT NOT NULL,
    computed_at         TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_organization_life IS '组织生活参与 — organizationLife per month and scope: events, Σ expected, Σ attended, 党员参加组织生活率';
COMMENT ON COLUMN mart_organization_life.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_organization_life.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_organization_life.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_organization_life.events IS '活动次数 — events held in M';
COMMENT ON COLUMN mart_organization_life.expected_total IS '应到人次 — Σ expected';
COMMENT ON COLUMN mart_organization_life.attended_total IS '实到人次 — Σ attended';
COMMENT ON COLUMN mart_organization_life.participation_rate IS '党员参加组织生活率 — attended_total ÷ expected_total; blank when the denominator is 0';
COMMENT ON COLUMN mart_organization_life.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_organization_life.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_life_compliance_branch (
    quarter                    VARCHAR NOT NULL,
    org_code                   VARCHAR NOT NULL,
    org_name                   VARCHAR NOT NULL,
    org_kind                   VARCHAR NOT NULL,
    general_meetings           BIGINT NOT NULL,
    party_lectures             BIGINT NOT NULL,
    committee_months_required  BIGINT NOT NULL,
    committee_months_held      BIGINT NOT NULL,
    group_months_required      BIGINT NOT NULL,
    group_months_held          BIGINT NOT NULL,
    theme_day_months_held      BIGINT NOT NULL,
    compliant                  BOOLEAN NOT NULL,
    analysis_id                BIGINT NOT NULL,
    computed_at                TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_life_compliance_branch IS '三会一课逐支部 — lifeCompliance per branch active all quarter: what it held and whether it complied';
COMMENT ON COLUMN mart_life_compliance_branch.quarter IS '季度 — the quarter, e.g. 2026Q3';
COMMENT ON COLUMN mart_life_compliance_branch.org_code IS '组织代码 — the branch';
COMMENT ON COLUMN mart_life_compliance_branch.org_name IS '组织名称 — its name at the quarter''s last month';
COMMENT ON COLUMN mart_life_compliance_branch.org_kind IS '组织类别 — 党支部, 联合党支部 or 临时党支部';
COMMENT ON COLUMN mart_life_compliance_branch.general_meetings IS '支部党员大会次数 — 支部党员大会 held in the quarter';
COMMENT ON COLUMN mart_life_compliance_branch.party_lectures IS '党课次数 — 党课 held in the quarter';
COMMENT ON COLUMN mart_life_compliance_branch.committee_months_required IS '须开支委会月数 — months of the quarter in which it had ≥ 7 full members';
COMMENT ON COLUMN mart_life_compliance_branch.committee_months_held IS '已开支委会月数 — of those months, the ones with ≥ 1 支部委员会';
COMMENT ON COLUMN mart_life_compliance_branch.group_months_required IS '须开党小组会月数 — months in which its party_groups > 0';
COMMENT ON COLUMN mart_life_compliance_branch.group_months_held IS '已开党小组会月数 — of those months, the ones with ≥ 1 党小组会';
COMMENT ON COLUMN mart_life_compliance_branch.theme_day_months_held IS '已开主题党日月数 — months of the quarter with ≥ 1 主题党日 (3 needed)';
COMMENT ON COLUMN mart_life_compliance_branch.compliant IS '是否达标 — all of the above met';
COMMENT ON COLUMN mart_life_compliance_branch.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_life_compliance_branch.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_life_compliance (
    quarter             VARCHAR NOT NULL,
    scope_kind          VARCHAR NOT NULL,
    scope_code          VARCHAR NOT NULL,
    branches            BIGINT NOT NULL,
    compliant_branches  BIGINT NOT NULL,
    compliance_rate     DOUBLE,
    analysis_id         BIGINT NOT NULL,
    computed_at         TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_life_compliance IS '三会一课达标率 — lifeCompliance per quarter and scope: compliant branches ÷ branches active all quarter';
COMMENT ON COLUMN mart_life_compliance.quarter IS '季度 — the quarter, e.g. 2026Q3';
COMMENT ON COLUMN mart_life_compliance.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_life_compliance.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_life_compliance.branches IS '支部数 — branches active all quarter';
COMMENT ON COLUMN mart_life_compliance.compliant_branches IS '达标支部数 — of them, compliant';
COMMENT ON COLUMN mart_life_compliance.compliance_rate IS '三会一课达标率 — compliant_branches ÷ branches; blank when the denominator is 0';
COMMENT ON COLUMN mart_life_compliance.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_life_compliance.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_submission_timeliness (
    month_key             INTEGER NOT NULL,
    scope_kind            VARCHAR NOT NULL,
    scope_code            VARCHAR NOT NULL,
    active_organizations  BIGINT NOT NULL,
    on_time               BIGINT NOT NULL,
    timeliness_rate       DOUBLE,
    analysis_id           BIGINT NOT NULL,
    computed_at           TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_submission_timeliness IS '报送及时率 — timeliness per month and scope: active organizations whose submission for M is dated on or before the 5th of M+1';
COMMENT ON COLUMN mart_submission_timeliness.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_submission_timeliness.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_submission_timeliness.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_submission_timeliness.active_organizations IS '在册组织数 — active organizations at M';
COMMENT ON COLUMN mart_submission_timeliness.on_time IS '按时报送数 — of them, with a submission for M dated (报送日期) by the deadline';
COMMENT ON COLUMN mart_submission_timeliness.timeliness_rate IS '报送及时率 — on_time ÷ active_organizations; blank when the denominator is 0';
COMMENT ON COLUMN mart_submission_timeliness.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_submission_timeliness.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_late_submission (
    month_key     INTEGER NOT NULL,
    org_code      VARCHAR NOT NULL,
    org_name      VARCHAR NOT NULL,
    parent_code   VARCHAR,
    deadline      DATE NOT NULL,
    submitted_on  DATE,
    days_late     INTEGER,
    analysis_id   BIGINT NOT NULL,
    computed_at   TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_late_submission IS '逾期报送清单 — late submissions: active organizations whose submission for M came after the deadline or never came';
COMMENT ON COLUMN mart_late_submission.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_late_submission.org_code IS '组织代码 — the organization';
COMMENT ON COLUMN mart_late_submission.org_name IS '组织名称 — its name at M';
COMMENT ON COLUMN mart_late_submission.parent_code IS '上级组织代码 — its parent at M';
COMMENT ON COLUMN mart_late_submission.deadline IS '截止日期 — the 5th of M+1';
COMMENT ON COLUMN mart_late_submission.submitted_on IS '报送日期 — the current submission''s date (blank: never came)';
COMMENT ON COLUMN mart_late_submission.days_late IS '逾期天数 — submitted_on − deadline (blank: never came)';
COMMENT ON COLUMN mart_late_submission.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_late_submission.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_demonstration_sites (
    month_key     INTEGER NOT NULL,
    scope_kind    VARCHAR NOT NULL,
    scope_code    VARCHAR NOT NULL,
    level         VARCHAR NOT NULL,
    active_sites  BIGINT NOT NULL,
    target_sites  DECIMAL(12, 4),
    analysis_id   BIGINT NOT NULL,
    computed_at   TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_demonstration_sites IS '示范点 — demonstration sites active at M per level and scope, against the annual target (3:6:12 by default)';
COMMENT ON COLUMN mart_demonstration_sites.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_demonstration_sites.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_demonstration_sites.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_demonstration_sites.level IS '级别 — 市级, 区级 or 部门级';
COMMENT ON COLUMN mart_demonstration_sites.active_sites IS '示范点数 — sites of that level active at M';
COMMENT ON COLUMN mart_demonstration_sites.target_sites IS '目标数 — the year''s target for the level (park scope only; blank elsewhere)';
COMMENT ON COLUMN mart_demonstration_sites.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_demonstration_sites.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_liaison_progress (
    month_key                INTEGER NOT NULL,
    liaison                  VARCHAR NOT NULL,
    title                    VARCHAR,
    site_org_code            VARCHAR NOT NULL,
    site_name                VARCHAR,
    start_on                 DATE NOT NULL,
    end_on                   DATE,
    contacts_in_month        BIGINT NOT NULL,
    monthly_ok               BOOLEAN NOT NULL,
    onsite_in_quarter        BIGINT NOT NULL,
    quarterly_status         VARCHAR NOT NULL,
    last_contact_on          DATE,
    days_since_last_contact  INTEGER,
    last_contact_summary     VARCHAR,
    overdue                  BOOLEAN NOT NULL,
    analysis_id              BIGINT NOT NULL,
    computed_at              TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_liaison_progress IS '联系点工作进展 — liaisonProgress per assignment active at M: contacts in M, on-site visits in the quarter so far, days since the last contact';
COMMENT ON COLUMN mart_liaison_progress.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_liaison_progress.liaison IS '联系人 — the liaison';
COMMENT ON COLUMN mart_liaison_progress.title IS '职务 — their title';
COMMENT ON COLUMN mart_liaison_progress.site_org_code IS '示范点组织代码 — the site';
COMMENT ON COLUMN mart_liaison_progress.site_name IS '示范点名称 — the site organization''s name at M (blank when unknown)';
COMMENT ON COLUMN mart_liaison_progress.start_on IS '开始日期 — assignment start';
COMMENT ON COLUMN mart_liaison_progress.end_on IS '结束日期 — assignment end';
COMMENT ON COLUMN mart_liaison_progress.contacts_in_month IS '本月联系次数 — contacts in M';
COMMENT ON COLUMN mart_liaison_progress.monthly_ok IS '月度联系达标 — ≥ 1 contact in M';
COMMENT ON COLUMN mart_liaison_progress.onsite_in_quarter IS '本季现场次数 — 现场 contacts from the quarter''s first day to end(M)';
COMMENT ON COLUMN mart_liaison_progress.quarterly_status IS '季度现场状态 — at a quarter''s last month 达标/未达标, before it 已完成/待完成';
COMMENT ON COLUMN mart_liaison_progress.last_contact_on IS '最近联系日期 — the last contact on or before end(M)';
COMMENT ON COLUMN mart_liaison_progress.days_since_last_contact IS '距最近联系天数 — end(M) − last_contact_on (blank: never contacted)';
COMMENT ON COLUMN mart_liaison_progress.last_contact_summary IS '最近联系摘要 — that contact''s summary';
COMMENT ON COLUMN mart_liaison_progress.overdue IS '逾期 — no contact in M';
COMMENT ON COLUMN mart_liaison_progress.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_liaison_progress.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_liaison_summary (
    month_key              INTEGER NOT NULL,
    scope_kind             VARCHAR NOT NULL,
    scope_code             VARCHAR NOT NULL,
    active_assignments     BIGINT NOT NULL,
    contacted_assignments  BIGINT NOT NULL,
    overdue_assignments    BIGINT NOT NULL,
    monthly_rate           DOUBLE,
    quarter_end            BOOLEAN NOT NULL,
    quarter_assignments    BIGINT NOT NULL,
    onsite_ok_assignments  BIGINT NOT NULL,
    quarterly_rate         DOUBLE,
    analysis_id            BIGINT NOT NULL,
    computed_at            TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_liaison_summary IS '联系点达标率 — liaisonProgress roll-ups per month, park-wide, per subtree of the site and per liaison';
COMMENT ON COLUMN mart_liaison_summary.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_liaison_summary.scope_kind IS '范围类别 — park, subtree, unit_category, industry or liaison';
COMMENT ON COLUMN mart_liaison_summary.scope_code IS '范围代码 — 全园区 for the park, the root org_code of a subtree, the category, industry or liaison name';
COMMENT ON COLUMN mart_liaison_summary.active_assignments IS '在岗联系任务数 — assignments active at M';
COMMENT ON COLUMN mart_liaison_summary.contacted_assignments IS '本月已联系数 — of them, with ≥ 1 contact in M';
COMMENT ON COLUMN mart_liaison_summary.overdue_assignments IS '逾期数 — of them, with no contact in M';
COMMENT ON COLUMN mart_liaison_summary.monthly_rate IS '月度联系达标率 — contacted_assignments ÷ active_assignments; blank when the denominator is 0';
COMMENT ON COLUMN mart_liaison_summary.quarter_end IS '季末 — M is a quarter''s last month';
COMMENT ON COLUMN mart_liaison_summary.quarter_assignments IS '全季在岗任务数 — assignments active all quarter (0 unless quarter_end)';
COMMENT ON COLUMN mart_liaison_summary.onsite_ok_assignments IS '季度现场达标数 — of them, with ≥ 1 现场 visit in the quarter';
COMMENT ON COLUMN mart_liaison_summary.quarterly_rate IS '季度现场达标率 — onsite_ok_assignments ÷ quarter_assignments (only at a quarter end); blank when the denominator is 0';
COMMENT ON COLUMN mart_liaison_summary.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_liaison_summary.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_targets (
    month_key     INTEGER NOT NULL,
    year          INTEGER NOT NULL,
    indicator     VARCHAR NOT NULL,
    target_value  DECIMAL(12, 4) NOT NULL,
    actual        DOUBLE,
    gap           DOUBLE,
    months_left   INTEGER NOT NULL,
    pace_needed   DOUBLE,
    analysis_id   BIGINT NOT NULL,
    computed_at   TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_targets IS '年度目标进度 — targets: year-to-date actual at M against each annual target, with the gap and the pace needed per remaining month';
COMMENT ON COLUMN mart_targets.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_targets.year IS '年度 — M''s year';
COMMENT ON COLUMN mart_targets.indicator IS '指标 — the indicator''s Chinese name';
COMMENT ON COLUMN mart_targets.target_value IS '目标值 — the year''s target (the feed''s, else the park default)';
COMMENT ON COLUMN mart_targets.actual IS '实际值 — year-to-date count, or the rate at M (blank when not measurable)';
COMMENT ON COLUMN mart_targets.gap IS '差距 — target_value − actual (blank with actual)';
COMMENT ON COLUMN mart_targets.months_left IS '剩余月数 — 12 − month of M';
COMMENT ON COLUMN mart_targets.pace_needed IS '所需月均进度 — for counts: max(gap, 0) ÷ months_left (blank for rates or in December)';
COMMENT ON COLUMN mart_targets.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_targets.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_procedure_finding (
    month_key    INTEGER NOT NULL,
    org_code     VARCHAR NOT NULL,
    finding      VARCHAR NOT NULL,
    person_key   BIGINT,
    observed     BIGINT NOT NULL,
    threshold    BIGINT NOT NULL,
    analysis_id  BIGINT NOT NULL,
    computed_at  TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_procedure_finding IS '程序合规发现 — procedure findings per month: admission-procedure timings, branch committee and size rules';
COMMENT ON COLUMN mart_procedure_finding.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_procedure_finding.org_code IS '组织代码 — the organization concerned';
COMMENT ON COLUMN mart_procedure_finding.finding IS '发现 — the finding''s Chinese name (see docs/kpi-catalogue.md)';
COMMENT ON COLUMN mart_procedure_finding.person_key IS '人员键 — the person concerned (blank for organization findings)';
COMMENT ON COLUMN mart_procedure_finding.observed IS '实际值 — the days or the count observed';
COMMENT ON COLUMN mart_procedure_finding.threshold IS '界限 — the rule''s bound, in the same unit';
COMMENT ON COLUMN mart_procedure_finding.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_procedure_finding.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_overdue_election (
    month_key        INTEGER NOT NULL,
    org_code         VARCHAR NOT NULL,
    org_name         VARCHAR NOT NULL,
    parent_code      VARCHAR,
    org_kind         VARCHAR NOT NULL,
    term_started_on  DATE NOT NULL,
    term_years       INTEGER NOT NULL,
    due_on           DATE NOT NULL,
    days_overdue     BIGINT NOT NULL,
    analysis_id      BIGINT NOT NULL,
    computed_at      TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_overdue_election IS '换届逾期清单 — overdue elections: active organizations whose term (3 years, 5 for a 党委) ended before end(M)';
COMMENT ON COLUMN mart_overdue_election.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_overdue_election.org_code IS '组织代码 — the organization';
COMMENT ON COLUMN mart_overdue_election.org_name IS '组织名称 — its name at M';
COMMENT ON COLUMN mart_overdue_election.parent_code IS '上级组织代码 — its parent at M';
COMMENT ON COLUMN mart_overdue_election.org_kind IS '组织类别 — the kind';
COMMENT ON COLUMN mart_overdue_election.term_started_on IS '本届任期开始 — the last election';
COMMENT ON COLUMN mart_overdue_election.term_years IS '任期（年） — 3, or 5 for a 党委';
COMMENT ON COLUMN mart_overdue_election.due_on IS '应换届日期 — term_started_on + term_years';
COMMENT ON COLUMN mart_overdue_election.days_overdue IS '逾期天数 — end(M) − due_on';
COMMENT ON COLUMN mart_overdue_election.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_overdue_election.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_lost_contact (
    month_key          INTEGER NOT NULL,
    person_key         BIGINT NOT NULL,
    org_code           VARCHAR NOT NULL,
    last_report_month  INTEGER NOT NULL,
    months_unreported  BIGINT NOT NULL,
    reason             VARCHAR NOT NULL,
    analysis_id        BIGINT NOT NULL,
    computed_at        TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_lost_contact IS '失联党员清单 — lost-contact members at M: reported 失联, or not reported by any branch for more than 6 months';
COMMENT ON COLUMN mart_lost_contact.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_lost_contact.person_key IS '人员键 — the member';
COMMENT ON COLUMN mart_lost_contact.org_code IS '组织代码 — the organization of their latest roster row';
COMMENT ON COLUMN mart_lost_contact.last_report_month IS '最近报告月份 — the month of that row';
COMMENT ON COLUMN mart_lost_contact.months_unreported IS '未报告月数 — months from last_report_month to M';
COMMENT ON COLUMN mart_lost_contact.reason IS '原因 — 支部报告失联 or 超过6个月无报告';
COMMENT ON COLUMN mart_lost_contact.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_lost_contact.computed_at IS '计算时间 — when that analysis run computed it';

CREATE TABLE mart_reconciliation (
    month_key         INTEGER NOT NULL,
    org_code          VARCHAR NOT NULL,
    org_name          VARCHAR NOT NULL,
    parent_code       VARCHAR,
    reported_members  BIGINT NOT NULL,
    roster_members    BIGINT NOT NULL,
    difference        BIGINT NOT NULL,
    analysis_id       BIGINT NOT NULL,
    computed_at       TIMESTAMP NOT NULL
);
COMMENT ON TABLE mart_reconciliation IS '党员人数核对不符清单 — reconciliation mismatches: submissions for M whose 党员人数 differs from the members in their own roster';
COMMENT ON COLUMN mart_reconciliation.month_key IS '月份键 — the month M (yyyymm): the state at its end';
COMMENT ON COLUMN mart_reconciliation.org_code IS '组织代码 — the organization';
COMMENT ON COLUMN mart_reconciliation.org_name IS '组织名称 — its name at M';
COMMENT ON COLUMN mart_reconciliation.parent_code IS '上级组织代码 — its parent at M';
COMMENT ON COLUMN mart_reconciliation.reported_members IS '报告党员人数 — 党员人数 in table 1';
COMMENT ON COLUMN mart_reconciliation.roster_members IS '名册党员人数 — 正式 + 预备 rows of table 2 without 减少原因';
COMMENT ON COLUMN mart_reconciliation.difference IS '差额 — reported_members − roster_members';
COMMENT ON COLUMN mart_reconciliation.analysis_id IS '分析批次编号 — the analysis run that computed the row';
COMMENT ON COLUMN mart_reconciliation.computed_at IS '计算时间 — when that analysis run computed it';
