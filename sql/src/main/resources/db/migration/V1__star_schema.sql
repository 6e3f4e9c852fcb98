-- Bastion's star schema: ingestion bookkeeping, dimensions, facts.
-- Every table and column carries its Chinese name as a comment ("中文名 — English meaning");
-- docs/data-dictionary.md is rendered from these comments and checked by a test.
-- Facts use the durable business keys of DOMAIN.md (org_code, unit_code) plus month_key and
-- are joined to the type-2 dimensions "as of" a month: valid_from_month <= m <= valid_to_month.

-- The schema "restricted" (admins only) is created by Flyway, which manages both schemas.

-- ---------------------------------------------------------------- ingestion bookkeeping

CREATE SEQUENCE ingest_run_seq START 1;
CREATE SEQUENCE archived_file_seq START 1;
CREATE SEQUENCE submission_seq START 1;
CREATE SEQUENCE person_key_seq START 1;

CREATE TABLE ingest_run (
    run_id            BIGINT PRIMARY KEY,
    source            VARCHAR   NOT NULL,
    started_at        TIMESTAMP NOT NULL,
    finished_at       TIMESTAMP,
    status            VARCHAR   NOT NULL,
    files_total       INTEGER   NOT NULL DEFAULT 0,
    files_done        INTEGER   NOT NULL DEFAULT 0,
    files_loaded      INTEGER   NOT NULL DEFAULT 0,
    files_duplicate   INTEGER   NOT NULL DEFAULT 0,
    files_rejected    INTEGER   NOT NULL DEFAULT 0,
    rows_read         BIGINT    NOT NULL DEFAULT 0,
    rows_loaded       BIGINT    NOT NULL DEFAULT 0,
    rows_rejected     BIGINT    NOT NULL DEFAULT 0,
    rows_per_second   DOUBLE    NOT NULL DEFAULT 0,
    duration_ms       BIGINT    NOT NULL DEFAULT 0,
    message           VARCHAR
);
COMMENT ON TABLE ingest_run IS '入库批次 — one ingestion run: what it read, loaded and rejected, with progress';
COMMENT ON COLUMN ingest_run.run_id IS '批次编号 — ingestion run id';
COMMENT ON COLUMN ingest_run.source IS '来源 — cli, drop-folder, http-pull or upload';
COMMENT ON COLUMN ingest_run.started_at IS '开始时间 — when the run started';
COMMENT ON COLUMN ingest_run.finished_at IS '结束时间 — when the run ended (blank while running)';
COMMENT ON COLUMN ingest_run.status IS '状态 — RUNNING, SUCCEEDED, FAILED, or INTERRUPTED (the process died)';
COMMENT ON COLUMN ingest_run.files_total IS '文件总数 — files found for this run';
COMMENT ON COLUMN ingest_run.files_done IS '已处理文件数 — files processed so far (progress)';
COMMENT ON COLUMN ingest_run.files_loaded IS '已入库文件数 — files whose rows were loaded';
COMMENT ON COLUMN ingest_run.files_duplicate IS '重复文件数 — files whose exact bytes were already archived';
COMMENT ON COLUMN ingest_run.files_rejected IS '拒收文件数 — files refused as a whole';
COMMENT ON COLUMN ingest_run.rows_read IS '读取行数 — data rows read';
COMMENT ON COLUMN ingest_run.rows_loaded IS '入库行数 — valid rows loaded';
COMMENT ON COLUMN ingest_run.rows_rejected IS '隔离行数 — rows put into quarantine';
COMMENT ON COLUMN ingest_run.rows_per_second IS '速率（行/秒） — rows read per second so far';
COMMENT ON COLUMN ingest_run.duration_ms IS '耗时（毫秒） — elapsed milliseconds';
COMMENT ON COLUMN ingest_run.message IS '说明 — error or summary message';

CREATE TABLE archived_file (
    file_id           BIGINT PRIMARY KEY,
    sha256            VARCHAR   NOT NULL,
    original_name     VARCHAR   NOT NULL,
    archive_path      VARCHAR   NOT NULL,
    size_bytes        BIGINT    NOT NULL,
    received_at       TIMESTAMP NOT NULL,
    run_id            BIGINT    NOT NULL,
    source            VARCHAR   NOT NULL,
    file_kind         VARCHAR,
    outcome           VARCHAR   NOT NULL,
    rows_read         INTEGER   NOT NULL DEFAULT 0,
    rows_loaded       INTEGER   NOT NULL DEFAULT 0,
    rows_rejected     INTEGER   NOT NULL DEFAULT 0,
    error_code        VARCHAR,
    error_zh          VARCHAR,
    error_en          VARCHAR,
    UNIQUE (original_name, sha256)
);
COMMENT ON TABLE archived_file IS '归档文件 — every file received, archived immutably under its content hash; the same name with the same bytes is the same file';
COMMENT ON COLUMN archived_file.file_id IS '文件编号 — archived file id';
COMMENT ON COLUMN archived_file.sha256 IS '内容哈希 — SHA-256 of the bytes (the archive stores equal bytes once)';
COMMENT ON COLUMN archived_file.original_name IS '原文件名 — the name the file arrived with';
COMMENT ON COLUMN archived_file.archive_path IS '归档路径 — where the archived copy lies, relative to the archive folder';
COMMENT ON COLUMN archived_file.size_bytes IS '文件大小（字节） — size in bytes';
COMMENT ON COLUMN archived_file.received_at IS '接收时间 — when the warehouse received the file';
COMMENT ON COLUMN archived_file.run_id IS '批次编号 — the run that received it';
COMMENT ON COLUMN archived_file.source IS '来源 — cli, drop-folder, http-pull or upload';
COMMENT ON COLUMN archived_file.file_kind IS '文件类别 — BRANCH_SUBMISSION, ENTERPRISE_REGISTRY, GRADES, DEMONSTRATION_SITES, LIAISON_ASSIGNMENTS, LIAISON_CONTACTS, ANNUAL_TARGETS';
COMMENT ON COLUMN archived_file.outcome IS '处理结果 — LOADED, SUPERSEDED (a later submission for the same organization and month is current) or REJECTED';
COMMENT ON COLUMN archived_file.rows_read IS '读取行数 — data rows read';
COMMENT ON COLUMN archived_file.rows_loaded IS '入库行数 — rows loaded';
COMMENT ON COLUMN archived_file.rows_rejected IS '隔离行数 — rows quarantined';
COMMENT ON COLUMN archived_file.error_code IS '错误代码 — why the whole file was refused';
COMMENT ON COLUMN archived_file.error_zh IS '错误说明（中文） — the refusal in Chinese';
COMMENT ON COLUMN archived_file.error_en IS '错误说明（英文） — the refusal in English';

CREATE TABLE quarantine (
    run_id            BIGINT    NOT NULL,
    file_id           BIGINT    NOT NULL,
    table_name        VARCHAR   NOT NULL,
    row_no            INTEGER   NOT NULL,
    column_name       VARCHAR,
    rule              VARCHAR   NOT NULL,
    value             VARCHAR,
    message_zh        VARCHAR   NOT NULL,
    message_en        VARCHAR   NOT NULL,
    raw_row           VARCHAR
);
COMMENT ON TABLE quarantine IS '隔离区 — rows that broke a rule: one line per violation, with where and why';
COMMENT ON COLUMN quarantine.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN quarantine.file_id IS '文件编号 — archived file the row came from';
COMMENT ON COLUMN quarantine.table_name IS '表名 — 组织信息, 人员信息, 组织生活 or the feed name';
COMMENT ON COLUMN quarantine.row_no IS '行号 — row number as a spreadsheet shows it (the header is row 1); the element number in JSON';
COMMENT ON COLUMN quarantine.column_name IS '列名 — the Chinese header of the offending column';
COMMENT ON COLUMN quarantine.rule IS '规则 — the rule code broken (see docs/data-dictionary.md)';
COMMENT ON COLUMN quarantine.value IS '原值 — the offending value as received';
COMMENT ON COLUMN quarantine.message_zh IS '错误说明（中文） — the error in Chinese';
COMMENT ON COLUMN quarantine.message_en IS '错误说明（英文） — the error in English';
COMMENT ON COLUMN quarantine.raw_row IS '原始行 — the whole row as received, as JSON';

CREATE TABLE pulled_file (
    source_name       VARCHAR   NOT NULL,
    remote_name       VARCHAR   NOT NULL,
    version_tag       VARCHAR   NOT NULL,
    sha256            VARCHAR   NOT NULL,
    pulled_at         TIMESTAMP NOT NULL,
    PRIMARY KEY (source_name, remote_name, version_tag)
);
COMMENT ON TABLE pulled_file IS '已拉取文件 — files already fetched from a branch system, so a pull asks only for new ones';
COMMENT ON COLUMN pulled_file.source_name IS '来源名称 — configured HTTP source';
COMMENT ON COLUMN pulled_file.remote_name IS '远端文件名 — file name in the remote listing';
COMMENT ON COLUMN pulled_file.version_tag IS '版本标记 — the listing''s sha256 or last-modified stamp for that file';
COMMENT ON COLUMN pulled_file.sha256 IS '内容哈希 — SHA-256 of the bytes fetched';
COMMENT ON COLUMN pulled_file.pulled_at IS '拉取时间 — when it was fetched';

-- ---------------------------------------------------------------- dimensions

CREATE TABLE dim_month (
    month_key         INTEGER PRIMARY KEY,
    month             VARCHAR NOT NULL UNIQUE,
    year              INTEGER NOT NULL,
    quarter           INTEGER NOT NULL,
    quarter_label     VARCHAR NOT NULL,
    month_of_year     INTEGER NOT NULL,
    first_day         DATE    NOT NULL,
    last_day          DATE    NOT NULL,
    report_deadline   DATE    NOT NULL
);
COMMENT ON TABLE dim_month IS '月份维 — calendar months';
COMMENT ON COLUMN dim_month.month_key IS '月份键 — yyyymm';
COMMENT ON COLUMN dim_month.month IS '月份 — YYYY-MM';
COMMENT ON COLUMN dim_month.year IS '年度 — year';
COMMENT ON COLUMN dim_month.quarter IS '季度 — quarter 1–4';
COMMENT ON COLUMN dim_month.quarter_label IS '季度标签 — e.g. 2025Q1';
COMMENT ON COLUMN dim_month.month_of_year IS '月 — month 1–12';
COMMENT ON COLUMN dim_month.first_day IS '月初 — first day';
COMMENT ON COLUMN dim_month.last_day IS '月末 — last day, end(M)';
COMMENT ON COLUMN dim_month.report_deadline IS '报送截止日 — the 5th of the next month';

INSERT INTO dim_month
SELECT year(d) * 100 + month(d),
       strftime(d, '%Y-%m'),
       year(d),
       quarter(d),
       year(d) || 'Q' || quarter(d),
       month(d),
       d::DATE,
       last_day(d)::DATE,
       (d + INTERVAL 1 MONTH + INTERVAL 4 DAY)::DATE
FROM generate_series(DATE '2000-01-01', DATE '2049-12-01', INTERVAL 1 MONTH) AS t(d);

CREATE TABLE dim_date (
    date_key          INTEGER PRIMARY KEY,
    calendar_date     DATE    NOT NULL UNIQUE,
    year              INTEGER NOT NULL,
    quarter           INTEGER NOT NULL,
    month_key         INTEGER NOT NULL,
    day_of_month      INTEGER NOT NULL,
    iso_day_of_week   INTEGER NOT NULL,
    is_weekend        BOOLEAN NOT NULL
);
COMMENT ON TABLE dim_date IS '日期维 — calendar days';
COMMENT ON COLUMN dim_date.date_key IS '日期键 — yyyymmdd';
COMMENT ON COLUMN dim_date.calendar_date IS '日期 — the day';
COMMENT ON COLUMN dim_date.year IS '年度 — year';
COMMENT ON COLUMN dim_date.quarter IS '季度 — quarter 1–4';
COMMENT ON COLUMN dim_date.month_key IS '月份键 — yyyymm of the day';
COMMENT ON COLUMN dim_date.day_of_month IS '日 — day of month';
COMMENT ON COLUMN dim_date.iso_day_of_week IS '星期 — ISO day of week, Monday = 1';
COMMENT ON COLUMN dim_date.is_weekend IS '是否周末 — Saturday or Sunday';

INSERT INTO dim_date
SELECT year(d) * 10000 + month(d) * 100 + day(d),
       d::DATE,
       year(d),
       quarter(d),
       year(d) * 100 + month(d),
       day(d),
       isodow(d),
       isodow(d) >= 6
FROM generate_series(DATE '2000-01-01', DATE '2049-12-31', INTERVAL 1 DAY) AS t(d);

CREATE TABLE dim_organization (
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
    covered_units     VARCHAR,
    PRIMARY KEY (org_code, valid_from_month)
);
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

CREATE TABLE dim_enterprise (
    unit_code         VARCHAR NOT NULL,
    valid_from_month  INTEGER NOT NULL,
    valid_to_month    INTEGER NOT NULL,
    is_current        BOOLEAN NOT NULL,
    unit_name         VARCHAR NOT NULL,
    unit_category     VARCHAR NOT NULL,
    industry          VARCHAR,
    moved_in_on       DATE    NOT NULL,
    moved_out_on      DATE,
    PRIMARY KEY (unit_code, valid_from_month)
);
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

CREATE TABLE dim_person (
    person_key        BIGINT PRIMARY KEY,
    gender            VARCHAR,
    ethnicity         VARCHAR,
    birth_date        DATE,
    first_month       INTEGER NOT NULL
);
COMMENT ON TABLE dim_person IS '人员维（化名） — people under a pseudonymous key; names and id numbers live apart in restricted.person_identity';
COMMENT ON COLUMN dim_person.person_key IS '人员键 — pseudonymous key, stable for life';
COMMENT ON COLUMN dim_person.gender IS '性别 — 男 / 女';
COMMENT ON COLUMN dim_person.ethnicity IS '民族 — ethnicity';
COMMENT ON COLUMN dim_person.birth_date IS '出生日期 — date of birth';
COMMENT ON COLUMN dim_person.first_month IS '首次出现月份 — first report month (yyyymm) the person appeared in';

CREATE TABLE restricted.person_identity (
    person_key        BIGINT  PRIMARY KEY,
    person_no         VARCHAR NOT NULL UNIQUE,
    name              VARCHAR,
    id_number         VARCHAR
);
COMMENT ON TABLE restricted.person_identity IS '人员身份（仅管理员） — person number, name and id number: admins only';
COMMENT ON COLUMN restricted.person_identity.person_key IS '人员键 — pseudonymous key';
COMMENT ON COLUMN restricted.person_identity.person_no IS '人员编号 — the branch''s person number';
COMMENT ON COLUMN restricted.person_identity.name IS '姓名 — name (personal data)';
COMMENT ON COLUMN restricted.person_identity.id_number IS '公民身份号码 — id number (personal data)';

CREATE TABLE restricted.organization_secretary (
    org_code          VARCHAR NOT NULL,
    month_key         INTEGER NOT NULL,
    secretary         VARCHAR,
    submission_id     BIGINT  NOT NULL,
    PRIMARY KEY (org_code, month_key)
);
COMMENT ON TABLE restricted.organization_secretary IS '组织书记（仅管理员） — the secretary named in each current submission';
COMMENT ON COLUMN restricted.organization_secretary.org_code IS '组织代码 — organization code';
COMMENT ON COLUMN restricted.organization_secretary.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN restricted.organization_secretary.secretary IS '书记 — secretary''s name (personal data)';
COMMENT ON COLUMN restricted.organization_secretary.submission_id IS '报送编号 — submission it came from';

-- ---------------------------------------------------------------- facts: branch submissions

CREATE TABLE fact_submission (
    submission_id     BIGINT PRIMARY KEY,
    org_code          VARCHAR   NOT NULL,
    month_key         INTEGER   NOT NULL,
    submitted_on      DATE      NOT NULL,
    received_at       TIMESTAMP NOT NULL,
    on_time           BOOLEAN   NOT NULL,
    is_current        BOOLEAN   NOT NULL,
    superseded_by     BIGINT,
    people_rows       INTEGER   NOT NULL,
    life_rows         INTEGER   NOT NULL,
    run_id            BIGINT    NOT NULL,
    file_id           BIGINT    NOT NULL
);
COMMENT ON TABLE fact_submission IS '报送记录 — every branch submission: who, which month, when signed off and received, on time or not; a later one for the same organization and month replaces the earlier';
COMMENT ON COLUMN fact_submission.submission_id IS '报送编号 — submission id';
COMMENT ON COLUMN fact_submission.org_code IS '组织代码 — submitting organization';
COMMENT ON COLUMN fact_submission.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN fact_submission.submitted_on IS '报送日期 — the date the branch signed the report off';
COMMENT ON COLUMN fact_submission.received_at IS '接收时间 — when the file arrived';
COMMENT ON COLUMN fact_submission.on_time IS '是否按时 — signed off on or before the 5th of the next month';
COMMENT ON COLUMN fact_submission.is_current IS '是否有效 — the submission in force for its organization and month';
COMMENT ON COLUMN fact_submission.superseded_by IS '被替代为 — the submission that replaced this one';
COMMENT ON COLUMN fact_submission.people_rows IS '人员行数 — valid people rows';
COMMENT ON COLUMN fact_submission.life_rows IS '组织生活行数 — valid organizational-life rows';
COMMENT ON COLUMN fact_submission.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_submission.file_id IS '文件编号 — archived file';

CREATE TABLE fact_organization_report (
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
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (org_code, month_key)
);
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

CREATE TABLE fact_coverage_link (
    submission_id     BIGINT  NOT NULL,
    org_code          VARCHAR NOT NULL,
    month_key         INTEGER NOT NULL,
    unit_code         VARCHAR NOT NULL,
    attached          BOOLEAN NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (org_code, month_key, unit_code)
);
COMMENT ON TABLE fact_coverage_link IS '组织覆盖关系 — organization → covered unit, per current submission';
COMMENT ON COLUMN fact_coverage_link.submission_id IS '报送编号 — submission';
COMMENT ON COLUMN fact_coverage_link.org_code IS '组织代码 — covering organization';
COMMENT ON COLUMN fact_coverage_link.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN fact_coverage_link.unit_code IS '统一社会信用代码 — covered unit';
COMMENT ON COLUMN fact_coverage_link.attached IS '是否挂靠 — members attached (挂靠) without forming the organization';
COMMENT ON COLUMN fact_coverage_link.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_coverage_link.file_id IS '文件编号 — archived file';

CREATE TABLE fact_person_month (
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
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (org_code, month_key, person_key)
);
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

CREATE TABLE fact_admission_event (
    person_key        BIGINT  NOT NULL,
    stage             VARCHAR NOT NULL,
    event_date        DATE    NOT NULL,
    month_key         INTEGER NOT NULL,
    org_code          VARCHAR NOT NULL,
    submission_id     BIGINT  NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (person_key, stage)
);
COMMENT ON TABLE fact_admission_event IS '发展阶段事件 — each person''s entry into each admission stage, from their latest current roster row';
COMMENT ON COLUMN fact_admission_event.person_key IS '人员键 — pseudonymous person key';
COMMENT ON COLUMN fact_admission_event.stage IS '阶段 — 入党申请人 / 入党积极分子 / 发展对象 / 预备党员 / 正式党员';
COMMENT ON COLUMN fact_admission_event.event_date IS '阶段日期 — date of entering the stage';
COMMENT ON COLUMN fact_admission_event.month_key IS '阶段月份键 — month (yyyymm) of event_date';
COMMENT ON COLUMN fact_admission_event.org_code IS '组织代码 — organization of the roster it was read from';
COMMENT ON COLUMN fact_admission_event.submission_id IS '报送编号 — submission it was read from';
COMMENT ON COLUMN fact_admission_event.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_admission_event.file_id IS '文件编号 — archived file';

CREATE TABLE fact_organization_life (
    submission_id     BIGINT  NOT NULL,
    org_code          VARCHAR NOT NULL,
    month_key         INTEGER NOT NULL,
    held_on           DATE    NOT NULL,
    kind              VARCHAR NOT NULL,
    topic             VARCHAR,
    expected          INTEGER NOT NULL,
    attended          INTEGER NOT NULL,
    row_no            INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL
);
COMMENT ON TABLE fact_organization_life IS '组织生活 — table 3: meetings and other events of the current submissions';
COMMENT ON COLUMN fact_organization_life.submission_id IS '报送编号 — submission';
COMMENT ON COLUMN fact_organization_life.org_code IS '组织代码 — organization';
COMMENT ON COLUMN fact_organization_life.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN fact_organization_life.held_on IS '活动日期 — held on';
COMMENT ON COLUMN fact_organization_life.kind IS '活动类型 — 支部党员大会 / 支部委员会 / 党小组会 / 党课 / 主题党日 / 组织生活会 / 民主评议党员 / 其他';
COMMENT ON COLUMN fact_organization_life.topic IS '主题 — topic';
COMMENT ON COLUMN fact_organization_life.expected IS '应到人数 — expected attendance';
COMMENT ON COLUMN fact_organization_life.attended IS '实到人数 — actual attendance';
COMMENT ON COLUMN fact_organization_life.row_no IS '行号 — row in the submitted file';
COMMENT ON COLUMN fact_organization_life.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_organization_life.file_id IS '文件编号 — archived file';

-- ---------------------------------------------------------------- facts: committee feeds

CREATE TABLE fact_enterprise_month (
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
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (unit_code, month_key)
);
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

CREATE TABLE fact_grade (
    org_code          VARCHAR NOT NULL,
    period            VARCHAR NOT NULL,
    period_end_month  INTEGER NOT NULL,
    grade             VARCHAR NOT NULL,
    score             DECIMAL(6, 2),
    assessed_on       DATE,
    row_no            INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (org_code, period)
);
COMMENT ON TABLE fact_grade IS '分类定级 — quarterly grade of each organization';
COMMENT ON COLUMN fact_grade.org_code IS '组织代码 — organization';
COMMENT ON COLUMN fact_grade.period IS '评定期间 — e.g. 2025Q1';
COMMENT ON COLUMN fact_grade.period_end_month IS '期末月份键 — last month (yyyymm) of the period';
COMMENT ON COLUMN fact_grade.grade IS '等级 — 好 > 较好 > 一般 > 较差';
COMMENT ON COLUMN fact_grade.score IS '得分 — score';
COMMENT ON COLUMN fact_grade.assessed_on IS '评定日期 — assessed on';
COMMENT ON COLUMN fact_grade.row_no IS '行号 — row in the file';
COMMENT ON COLUMN fact_grade.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_grade.file_id IS '文件编号 — archived file';

CREATE TABLE fact_demonstration_site (
    org_code          VARCHAR NOT NULL,
    level             VARCHAR NOT NULL,
    named_on          DATE    NOT NULL,
    revoked_on        DATE,
    row_no            INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (org_code, level, named_on)
);
COMMENT ON TABLE fact_demonstration_site IS '示范点 — demonstration sites named by the committee';
COMMENT ON COLUMN fact_demonstration_site.org_code IS '组织代码 — organization named a site';
COMMENT ON COLUMN fact_demonstration_site.level IS '级别 — 市级 / 区级 / 部门级';
COMMENT ON COLUMN fact_demonstration_site.named_on IS '命名日期 — named on';
COMMENT ON COLUMN fact_demonstration_site.revoked_on IS '撤销日期 — revoked on';
COMMENT ON COLUMN fact_demonstration_site.row_no IS '行号 — row in the file';
COMMENT ON COLUMN fact_demonstration_site.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_demonstration_site.file_id IS '文件编号 — archived file';

CREATE TABLE fact_liaison_assignment (
    liaison           VARCHAR NOT NULL,
    title             VARCHAR,
    site_org_code     VARCHAR NOT NULL,
    start_on          DATE    NOT NULL,
    end_on            DATE,
    row_no            INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (liaison, site_org_code, start_on)
);
COMMENT ON TABLE fact_liaison_assignment IS '联系点分配 — liaison staff assigned to demonstration sites';
COMMENT ON COLUMN fact_liaison_assignment.liaison IS '联系人 — liaison';
COMMENT ON COLUMN fact_liaison_assignment.title IS '职务 — title';
COMMENT ON COLUMN fact_liaison_assignment.site_org_code IS '示范点组织代码 — the site''s organization';
COMMENT ON COLUMN fact_liaison_assignment.start_on IS '开始日期 — assigned from';
COMMENT ON COLUMN fact_liaison_assignment.end_on IS '结束日期 — assigned until';
COMMENT ON COLUMN fact_liaison_assignment.row_no IS '行号 — row in the file';
COMMENT ON COLUMN fact_liaison_assignment.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_liaison_assignment.file_id IS '文件编号 — archived file';

CREATE TABLE fact_liaison_contact (
    liaison           VARCHAR NOT NULL,
    site_org_code     VARCHAR NOT NULL,
    contacted_on      DATE    NOT NULL,
    mode              VARCHAR NOT NULL,
    summary           VARCHAR,
    month_key         INTEGER NOT NULL,
    row_no            INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL
);
COMMENT ON TABLE fact_liaison_contact IS '联系点记录 — each contact of a liaison with a site';
COMMENT ON COLUMN fact_liaison_contact.liaison IS '联系人 — liaison';
COMMENT ON COLUMN fact_liaison_contact.site_org_code IS '示范点组织代码 — the site''s organization';
COMMENT ON COLUMN fact_liaison_contact.contacted_on IS '联系日期 — contacted on';
COMMENT ON COLUMN fact_liaison_contact.mode IS '方式 — 电话 / 现场 / 视频';
COMMENT ON COLUMN fact_liaison_contact.summary IS '内容摘要 — summary';
COMMENT ON COLUMN fact_liaison_contact.month_key IS '记录月份键 — month (yyyymm) of the log file';
COMMENT ON COLUMN fact_liaison_contact.row_no IS '行号 — row in the file';
COMMENT ON COLUMN fact_liaison_contact.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_liaison_contact.file_id IS '文件编号 — archived file';

CREATE TABLE fact_annual_target (
    year              INTEGER NOT NULL,
    indicator         VARCHAR NOT NULL,
    target_value      DECIMAL(12, 4) NOT NULL,
    row_no            INTEGER NOT NULL,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL,
    PRIMARY KEY (year, indicator)
);
COMMENT ON TABLE fact_annual_target IS '年度目标 — the committee''s targets for a year (rates as fractions: 98% = 0.98)';
COMMENT ON COLUMN fact_annual_target.year IS '年度 — year';
COMMENT ON COLUMN fact_annual_target.indicator IS '指标 — indicator name as in DOMAIN.md';
COMMENT ON COLUMN fact_annual_target.target_value IS '目标值 — target';
COMMENT ON COLUMN fact_annual_target.row_no IS '行号 — row in the file';
COMMENT ON COLUMN fact_annual_target.run_id IS '批次编号 — ingestion run';
COMMENT ON COLUMN fact_annual_target.file_id IS '文件编号 — archived file';

CREATE TABLE default_annual_target (
    indicator         VARCHAR PRIMARY KEY,
    target_value      DECIMAL(12, 4) NOT NULL
);
COMMENT ON TABLE default_annual_target IS '默认年度目标 — the park plan''s defaults, used for a year with no 年度目标 file';
COMMENT ON COLUMN default_annual_target.indicator IS '指标 — indicator';
COMMENT ON COLUMN default_annual_target.target_value IS '目标值 — target';

INSERT INTO default_annual_target VALUES
    ('新建基层党组织', 2),
    ('新发展党员', 20),
    ('党员参加组织生活率', 0.98),
    ('流动党员纳入管理率', 1.00),
    ('业务骨干率', 0.80),
    ('先进率', 0.40),
    ('市级示范点', 3),
    ('区级示范点', 6),
    ('部门级示范点', 12);
