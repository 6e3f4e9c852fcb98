-- Ingestion without primary-key indexes on what the loader writes in bulk (issue 12, part 3): every load
-- transaction merged its rows into these ART indexes, and deleted and inserted the derived rows in them again.
-- The loader keeps the keys itself: one submission in force per organization and month (fact_organization_report,
-- fact_person_month, fact_coverage_link, restricted.organization_secretary), a person once per roster and a unit
-- once per covered-units list or registry file (rule DUPLICATE_ROW, or a set), one registry file per month (a later
-- one replaces it), one latest roster row per person (fact_admission_event), one version per key and start month
-- (the type-2 dimensions). DuckDB cannot drop a primary key, so each table is made again without it, with the same
-- columns, rows and comments. The small committee feeds, the submissions and the people keep theirs.

-- ---------------------------------------------------------------- fact_person_month

CREATE TABLE fact_person_month_without_key (
    submission_id     BIGINT  NOT NULL,
    org_code          VARCHAR NOT NULL,
    month_key         INTEGER NOT NULL,
    person_key        BIGINT  NOT NULL,
    education         VARCHAR,
    unit_code         VARCHAR,
    job               VARCHAR,
    stage             VARCHAR NOT NULL,
    applied_on        DATE,
    activist_on       DATE,
    candidate_on      DATE,
    joined_on         DATE,
    full_on           DATE,
    mobile            BOOLEAN NOT NULL,
    managed           BOOLEAN NOT NULL,
    backbone          BOOLEAN NOT NULL,
    left_reason       VARCHAR,
    row_no            INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL
);
INSERT INTO fact_person_month_without_key SELECT * FROM fact_person_month;
DROP TABLE fact_person_month;
ALTER TABLE fact_person_month_without_key RENAME TO fact_person_month;
COMMENT ON TABLE fact_person_month IS '人员月末快照 — table 2: each person on a current roster at month end';
COMMENT ON COLUMN fact_person_month.submission_id IS '报送编号 — submission';
COMMENT ON COLUMN fact_person_month.org_code IS '组织代码 — reporting organization';
COMMENT ON COLUMN fact_person_month.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN fact_person_month.person_key IS '人员键 — pseudonymous person key';
COMMENT ON COLUMN fact_person_month.education IS '学历 — education';
COMMENT ON COLUMN fact_person_month.unit_code IS '工作单位 — employer''s unified social credit code';
COMMENT ON COLUMN fact_person_month.job IS '岗位类别 — job category';
COMMENT ON COLUMN fact_person_month.stage IS '身份 — 正式党员 / 预备党员 / 发展对象 / 入党积极分子 / 入党申请人';
COMMENT ON COLUMN fact_person_month.applied_on IS '申请入党日期 — applied on';
COMMENT ON COLUMN fact_person_month.activist_on IS '确定积极分子日期 — became activist on';
COMMENT ON COLUMN fact_person_month.candidate_on IS '确定发展对象日期 — became candidate on';
COMMENT ON COLUMN fact_person_month.joined_on IS '入党日期 — admitted as probationary member on';
COMMENT ON COLUMN fact_person_month.full_on IS '转正日期 — became full member on';
COMMENT ON COLUMN fact_person_month.mobile IS '流动党员 — mobile member';
COMMENT ON COLUMN fact_person_month.managed IS '纳入管理 — mobile member under management';
COMMENT ON COLUMN fact_person_month.backbone IS '业务骨干 — business backbone';
COMMENT ON COLUMN fact_person_month.left_reason IS '减少原因 — 转出 / 死亡 / 出党 / 停止党籍 / 失联: left this month, not counted at month end';
COMMENT ON COLUMN fact_person_month.row_no IS '行号 — row in the submitted file';
COMMENT ON COLUMN fact_person_month.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_person_month.file_id IS '文件编号 — archived file';

-- ---------------------------------------------------------------- fact_organization_report

CREATE TABLE fact_organization_report_without_key (
    submission_id     BIGINT  NOT NULL,
    org_code          VARCHAR NOT NULL,
    month_key         INTEGER NOT NULL,
    org_name          VARCHAR NOT NULL,
    org_kind          VARCHAR NOT NULL,
    parent_code       VARCHAR,
    unit_category     VARCHAR NOT NULL,
    established_on    DATE    NOT NULL,
    dissolved_on      DATE,
    term_started_on   DATE,
    formation         VARCHAR,
    covered_units     VARCHAR,
    member_count      INTEGER NOT NULL,
    party_groups      INTEGER NOT NULL,
    facility_items    INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL
);
INSERT INTO fact_organization_report_without_key SELECT * FROM fact_organization_report;
DROP TABLE fact_organization_report;
ALTER TABLE fact_organization_report_without_key RENAME TO fact_organization_report;
COMMENT ON TABLE fact_organization_report IS '组织信息月报 — table 1 of the current submission of each organization and month';
COMMENT ON COLUMN fact_organization_report.submission_id IS '报送编号 — submission';
COMMENT ON COLUMN fact_organization_report.org_code IS '组织代码 — organization code';
COMMENT ON COLUMN fact_organization_report.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN fact_organization_report.org_name IS '组织名称 — name';
COMMENT ON COLUMN fact_organization_report.org_kind IS '组织类别 — kind';
COMMENT ON COLUMN fact_organization_report.parent_code IS '上级组织代码 — parent organization';
COMMENT ON COLUMN fact_organization_report.unit_category IS '单位类别 — unit category';
COMMENT ON COLUMN fact_organization_report.established_on IS '成立日期 — established on';
COMMENT ON COLUMN fact_organization_report.dissolved_on IS '撤销日期 — dissolved on';
COMMENT ON COLUMN fact_organization_report.term_started_on IS '本届任期开始 — date of the last election';
COMMENT ON COLUMN fact_organization_report.formation IS '组建方式 — 单独组建 / 联合组建';
COMMENT ON COLUMN fact_organization_report.covered_units IS '覆盖单位 — covered units as reported';
COMMENT ON COLUMN fact_organization_report.member_count IS '党员人数 — members the branch says it has at month end';
COMMENT ON COLUMN fact_organization_report.party_groups IS '党小组数 — party groups';
COMMENT ON COLUMN fact_organization_report.facility_items IS '阵地达标项 — "ten ones" facilities present, 0–10';
COMMENT ON COLUMN fact_organization_report.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_organization_report.file_id IS '文件编号 — archived file';

-- ---------------------------------------------------------------- fact_coverage_link

CREATE TABLE fact_coverage_link_without_key (
    submission_id     BIGINT  NOT NULL,
    org_code          VARCHAR NOT NULL,
    month_key         INTEGER NOT NULL,
    unit_code         VARCHAR NOT NULL,
    attached          BOOLEAN NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL
);
INSERT INTO fact_coverage_link_without_key SELECT * FROM fact_coverage_link;
DROP TABLE fact_coverage_link;
ALTER TABLE fact_coverage_link_without_key RENAME TO fact_coverage_link;
COMMENT ON TABLE fact_coverage_link IS '组织覆盖关系 — organization → covered unit, per current submission';
COMMENT ON COLUMN fact_coverage_link.submission_id IS '报送编号 — submission';
COMMENT ON COLUMN fact_coverage_link.org_code IS '组织代码 — covering organization';
COMMENT ON COLUMN fact_coverage_link.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN fact_coverage_link.unit_code IS '统一社会信用代码 — covered unit';
COMMENT ON COLUMN fact_coverage_link.attached IS '是否挂靠 — members attached (挂靠) without forming the organization';
COMMENT ON COLUMN fact_coverage_link.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_coverage_link.file_id IS '文件编号 — archived file';

-- ---------------------------------------------------------------- fact_enterprise_month

CREATE TABLE fact_enterprise_month_without_key (
    unit_code         VARCHAR NOT NULL,
    month_key         INTEGER NOT NULL,
    unit_name         VARCHAR NOT NULL,
    unit_category     VARCHAR NOT NULL,
    industry          VARCHAR,
    employees         INTEGER NOT NULL,
    moved_in_on       DATE    NOT NULL,
    moved_out_on      DATE,
    output_10k_yuan   DECIMAL(18, 2),
    has_union         BOOLEAN NOT NULL,
    has_youth_league  BOOLEAN NOT NULL,
    instructor        VARCHAR,
    row_no            INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL
);
INSERT INTO fact_enterprise_month_without_key SELECT * FROM fact_enterprise_month;
DROP TABLE fact_enterprise_month;
ALTER TABLE fact_enterprise_month_without_key RENAME TO fact_enterprise_month;
COMMENT ON TABLE fact_enterprise_month IS '企业名录月快照 — the management committee''s enterprise registry, one row per unit and month';
COMMENT ON COLUMN fact_enterprise_month.unit_code IS '统一社会信用代码 — unified social credit code';
COMMENT ON COLUMN fact_enterprise_month.month_key IS '名录月份键 — registry month (yyyymm)';
COMMENT ON COLUMN fact_enterprise_month.unit_name IS '企业名称 — name';
COMMENT ON COLUMN fact_enterprise_month.unit_category IS '单位类别 — unit category';
COMMENT ON COLUMN fact_enterprise_month.industry IS '行业 — industry';
COMMENT ON COLUMN fact_enterprise_month.employees IS '职工人数 — employees';
COMMENT ON COLUMN fact_enterprise_month.moved_in_on IS '入驻日期 — moved in on';
COMMENT ON COLUMN fact_enterprise_month.moved_out_on IS '迁出日期 — moved out on';
COMMENT ON COLUMN fact_enterprise_month.output_10k_yuan IS '年产值（万元） — annual output, 10,000 yuan';
COMMENT ON COLUMN fact_enterprise_month.has_union IS '建立工会 — has a union';
COMMENT ON COLUMN fact_enterprise_month.has_youth_league IS '建立团组织 — has a youth-league group';
COMMENT ON COLUMN fact_enterprise_month.instructor IS '党建指导员 — party-building instructor sent to it (blank if none)';
COMMENT ON COLUMN fact_enterprise_month.row_no IS '行号 — row in the file';
COMMENT ON COLUMN fact_enterprise_month.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_enterprise_month.file_id IS '文件编号 — archived file';

-- ---------------------------------------------------------------- fact_admission_event

CREATE TABLE fact_admission_event_without_key (
    person_key        BIGINT  NOT NULL,
    stage             VARCHAR NOT NULL,
    event_date        DATE    NOT NULL,
    month_key         INTEGER NOT NULL,
    org_code          VARCHAR NOT NULL,
    submission_id     BIGINT  NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL
);
INSERT INTO fact_admission_event_without_key SELECT * FROM fact_admission_event;
DROP TABLE fact_admission_event;
ALTER TABLE fact_admission_event_without_key RENAME TO fact_admission_event;
COMMENT ON TABLE fact_admission_event IS '发展阶段事件 — each person''s entry into each admission stage, from their latest current roster row';
COMMENT ON COLUMN fact_admission_event.person_key IS '人员键 — pseudonymous person key';
COMMENT ON COLUMN fact_admission_event.stage IS '阶段 — 入党申请人 / 入党积极分子 / 发展对象 / 预备党员 / 正式党员';
COMMENT ON COLUMN fact_admission_event.event_date IS '阶段日期 — date of entering the stage';
COMMENT ON COLUMN fact_admission_event.month_key IS '阶段月份键 — month (yyyymm) of event_date';
COMMENT ON COLUMN fact_admission_event.org_code IS '组织代码 — organization of the roster it was read from';
COMMENT ON COLUMN fact_admission_event.submission_id IS '报送编号 — submission it was read from';
COMMENT ON COLUMN fact_admission_event.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_admission_event.file_id IS '文件编号 — archived file';

-- ---------------------------------------------------------------- dim_organization

CREATE TABLE dim_organization_without_key (
    org_code          VARCHAR NOT NULL,
    valid_from_month  INTEGER NOT NULL,
    valid_to_month    INTEGER NOT NULL,
    is_current        BOOLEAN NOT NULL,
    org_name          VARCHAR NOT NULL,
    org_kind          VARCHAR NOT NULL,
    parent_code       VARCHAR,
    unit_category     VARCHAR NOT NULL,
    established_on    DATE    NOT NULL,
    dissolved_on      DATE,
    term_started_on   DATE,
    formation         VARCHAR,
    covered_units     VARCHAR
);
INSERT INTO dim_organization_without_key SELECT * FROM dim_organization;
DROP TABLE dim_organization;
ALTER TABLE dim_organization_without_key RENAME TO dim_organization;
COMMENT ON TABLE dim_organization IS '党组织维（缓慢变化，类型2） — organizations with history: one row per version, valid over a range of months';
COMMENT ON COLUMN dim_organization.org_code IS '组织代码 — organization code';
COMMENT ON COLUMN dim_organization.valid_from_month IS '生效月份 — first month (yyyymm) of this version';
COMMENT ON COLUMN dim_organization.valid_to_month IS '失效月份 — last month (yyyymm) of this version; 999912 while current';
COMMENT ON COLUMN dim_organization.is_current IS '是否当前版本 — the latest version';
COMMENT ON COLUMN dim_organization.org_name IS '组织名称 — name';
COMMENT ON COLUMN dim_organization.org_kind IS '组织类别 — 党委 / 党总支 / 党支部 / 联合党支部 / 临时党支部';
COMMENT ON COLUMN dim_organization.parent_code IS '上级组织代码 — parent organization (blank for the park''s top organization)';
COMMENT ON COLUMN dim_organization.unit_category IS '单位类别 — 机关 / 事业单位 / 国有企业 / 非公企业 / 社会组织';
COMMENT ON COLUMN dim_organization.established_on IS '成立日期 — established on';
COMMENT ON COLUMN dim_organization.dissolved_on IS '撤销日期 — dissolved on';
COMMENT ON COLUMN dim_organization.term_started_on IS '本届任期开始 — date of the last election';
COMMENT ON COLUMN dim_organization.formation IS '组建方式 — 单独组建 / 联合组建';
COMMENT ON COLUMN dim_organization.covered_units IS '覆盖单位 — covered units as reported (; separated, 挂靠 marked)';

-- ---------------------------------------------------------------- dim_enterprise

CREATE TABLE dim_enterprise_without_key (
    unit_code         VARCHAR NOT NULL,
    valid_from_month  INTEGER NOT NULL,
    valid_to_month    INTEGER NOT NULL,
    is_current        BOOLEAN NOT NULL,
    unit_name         VARCHAR NOT NULL,
    unit_category     VARCHAR NOT NULL,
    industry          VARCHAR,
    moved_in_on       DATE    NOT NULL,
    moved_out_on      DATE
);
INSERT INTO dim_enterprise_without_key SELECT * FROM dim_enterprise;
DROP TABLE dim_enterprise;
ALTER TABLE dim_enterprise_without_key RENAME TO dim_enterprise;
COMMENT ON TABLE dim_enterprise IS '企业（单位）维（缓慢变化，类型2） — enterprises and other units of the registry, with history';
COMMENT ON COLUMN dim_enterprise.unit_code IS '统一社会信用代码 — unified social credit code';
COMMENT ON COLUMN dim_enterprise.valid_from_month IS '生效月份 — first month (yyyymm) of this version';
COMMENT ON COLUMN dim_enterprise.valid_to_month IS '失效月份 — last month (yyyymm) of this version; 999912 while current';
COMMENT ON COLUMN dim_enterprise.is_current IS '是否当前版本 — the latest version';
COMMENT ON COLUMN dim_enterprise.unit_name IS '企业名称 — name';
COMMENT ON COLUMN dim_enterprise.unit_category IS '单位类别 — 机关 / 事业单位 / 国有企业 / 非公企业 / 社会组织';
COMMENT ON COLUMN dim_enterprise.industry IS '行业 — industry';
COMMENT ON COLUMN dim_enterprise.moved_in_on IS '入驻日期 — moved into the park on';
COMMENT ON COLUMN dim_enterprise.moved_out_on IS '迁出日期 — moved out on';

-- ---------------------------------------------------------------- restricted.organization_secretary

CREATE TABLE restricted.organization_secretary_without_key (
    org_code          VARCHAR NOT NULL,
    month_key         INTEGER NOT NULL,
    secretary         VARCHAR,
    submission_id     BIGINT  NOT NULL
);
INSERT INTO restricted.organization_secretary_without_key SELECT * FROM restricted.organization_secretary;
DROP TABLE restricted.organization_secretary;
ALTER TABLE restricted.organization_secretary_without_key RENAME TO organization_secretary;
COMMENT ON TABLE restricted.organization_secretary IS '组织书记（仅管理员） — the secretary named in each current submission';
COMMENT ON COLUMN restricted.organization_secretary.org_code IS '组织代码 — organization code';
COMMENT ON COLUMN restricted.organization_secretary.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN restricted.organization_secretary.secretary IS '书记 — secretary''s name (personal data)';
COMMENT ON COLUMN restricted.organization_secretary.submission_id IS '报送编号 — submission it came from';
