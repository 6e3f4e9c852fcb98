-- Ingestion that loses nothing and shows personal data to admins only (issue 12):
-- the quarantine's raw rows (whole rows as received, names and id numbers included) move to the schema restricted;
-- a person's name, id number and other personal attributes keep their history, the latest valid value in force;
-- rows refused only because a code they name was unknown wait in pending_reference to be checked again;
-- downloads an HTTP pull could not fetch are recorded in their run.

-- ---------------------------------------------------------------- quarantine: raw rows apart

CREATE TABLE restricted.quarantine_raw_row (
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL,
    table_name        VARCHAR NOT NULL,
    row_no            INTEGER NOT NULL,
    raw_row           VARCHAR NOT NULL
);
COMMENT ON TABLE restricted.quarantine_raw_row IS '隔离行原文（仅管理员） — each quarantined row as received, as JSON: admins only; joins to quarantine on run_id, file_id, table_name and row_no';
COMMENT ON COLUMN restricted.quarantine_raw_row.run_id IS '批次编号 — ingestion run of the quarantine lines';
COMMENT ON COLUMN restricted.quarantine_raw_row.file_id IS '文件编号 — archived file the row came from';
COMMENT ON COLUMN restricted.quarantine_raw_row.table_name IS '表名 — 组织信息, 人员信息, 组织生活 or the feed name';
COMMENT ON COLUMN restricted.quarantine_raw_row.row_no IS '行号 — row number as the quarantine gives it';
COMMENT ON COLUMN restricted.quarantine_raw_row.raw_row IS '原始行 — the whole row as received, as JSON (personal data)';

INSERT INTO restricted.quarantine_raw_row
SELECT DISTINCT run_id, file_id, table_name, row_no, raw_row FROM quarantine WHERE raw_row IS NOT NULL;

ALTER TABLE quarantine DROP COLUMN raw_row;

-- ---------------------------------------------------------------- people: the latest valid identity, with its history

CREATE TABLE restricted.person_identity_history (
    person_key        BIGINT  NOT NULL,
    name              VARCHAR,
    id_number         VARCHAR,
    gender            VARCHAR,
    ethnicity         VARCHAR,
    birth_date        DATE,
    first_month_key   INTEGER NOT NULL,
    last_month_key    INTEGER NOT NULL,
    last_submitted_on DATE    NOT NULL
);
COMMENT ON TABLE restricted.person_identity_history IS '人员身份历史（仅管理员） — every version of a person''s name, id number, gender, ethnicity and birth date a valid roster row gave, with the months it was reported in; the version reported last (by report month, then 报送日期) is in force';
COMMENT ON COLUMN restricted.person_identity_history.person_key IS '人员键 — pseudonymous key';
COMMENT ON COLUMN restricted.person_identity_history.name IS '姓名 — name (personal data)';
COMMENT ON COLUMN restricted.person_identity_history.id_number IS '公民身份号码 — id number (personal data)';
COMMENT ON COLUMN restricted.person_identity_history.gender IS '性别 — 男 / 女';
COMMENT ON COLUMN restricted.person_identity_history.ethnicity IS '民族 — ethnicity';
COMMENT ON COLUMN restricted.person_identity_history.birth_date IS '出生日期 — date of birth';
COMMENT ON COLUMN restricted.person_identity_history.first_month_key IS '首次报送月份 — first report month (yyyymm) a roster gave this version';
COMMENT ON COLUMN restricted.person_identity_history.last_month_key IS '最近报送月份 — last report month (yyyymm) a roster gave this version';
COMMENT ON COLUMN restricted.person_identity_history.last_submitted_on IS '最近报送日期 — the latest 报送日期 of a roster giving this version in last_month_key';

-- What was known before is one version each, reported in the person's first month.
INSERT INTO restricted.person_identity_history
SELECT i.person_key, i.name, i.id_number, d.gender, d.ethnicity, d.birth_date, d.first_month, d.first_month,
       coalesce(f.submitted_on, make_date(d.first_month // 100, d.first_month % 100, 1))
FROM restricted.person_identity i
JOIN dim_person d USING (person_key)
LEFT JOIN (
    SELECT p.person_key, p.month_key, min(s.submitted_on) AS submitted_on
    FROM fact_person_month p JOIN fact_submission s USING (submission_id)
    GROUP BY ALL) f ON f.person_key = i.person_key AND f.month_key = d.first_month;

CREATE TABLE restricted.scratch_identity (
    person_key        BIGINT  NOT NULL,
    month_key         INTEGER NOT NULL,
    submitted_on      DATE    NOT NULL,
    name              VARCHAR,
    id_number         VARCHAR,
    gender            VARCHAR,
    ethnicity         VARCHAR,
    birth_date        DATE
);
COMMENT ON TABLE restricted.scratch_identity IS '装载工作表：人员身份（仅管理员） — loader working table: the identity each valid roster row of a load transaction gave; emptied before the transaction commits';
COMMENT ON COLUMN restricted.scratch_identity.person_key IS '人员键 — pseudonymous key';
COMMENT ON COLUMN restricted.scratch_identity.month_key IS '报告月份键 — report month (yyyymm) of the roster';
COMMENT ON COLUMN restricted.scratch_identity.submitted_on IS '报送日期 — the roster''s 报送日期';
COMMENT ON COLUMN restricted.scratch_identity.name IS '姓名 — name (personal data)';
COMMENT ON COLUMN restricted.scratch_identity.id_number IS '公民身份号码 — id number (personal data)';
COMMENT ON COLUMN restricted.scratch_identity.gender IS '性别 — 男 / 女';
COMMENT ON COLUMN restricted.scratch_identity.ethnicity IS '民族 — ethnicity';
COMMENT ON COLUMN restricted.scratch_identity.birth_date IS '出生日期 — date of birth';

-- ---------------------------------------------------------------- rows waiting for a reference

CREATE TABLE pending_reference (
    file_id           BIGINT  NOT NULL,
    people_file_id    BIGINT,
    life_file_id      BIGINT,
    submission_id     BIGINT,
    reference         VARCHAR NOT NULL,
    code              VARCHAR NOT NULL,
    run_id            BIGINT  NOT NULL
);
COMMENT ON TABLE pending_reference IS '待核对引用 — codes a received file named that the warehouse did not know: its rows naming them are quarantined and the file is processed again from the archive once the code is known';
COMMENT ON COLUMN pending_reference.file_id IS '文件编号 — the archived file waiting (a CSV submission: its 组织信息 part)';
COMMENT ON COLUMN pending_reference.people_file_id IS '人员信息文件编号 — a CSV submission''s 人员信息 part (blank otherwise)';
COMMENT ON COLUMN pending_reference.life_file_id IS '组织生活文件编号 — a CSV submission''s 组织生活 part (blank otherwise)';
COMMENT ON COLUMN pending_reference.submission_id IS '报送编号 — the submission it was loaded as (blank for a feed, or a submission refused for its 组织信息)';
COMMENT ON COLUMN pending_reference.reference IS '引用类别 — ORGANIZATION (an 组织代码 or 上级组织代码) or UNIT (a unified social credit code)';
COMMENT ON COLUMN pending_reference.code IS '代码 — the code not yet known';
COMMENT ON COLUMN pending_reference.run_id IS '批次编号 — the run that last checked it';

-- ---------------------------------------------------------------- HTTP pulls: what could not be fetched

CREATE TABLE pull_failure (
    run_id            BIGINT    NOT NULL,
    source_name       VARCHAR   NOT NULL,
    remote_name       VARCHAR   NOT NULL,
    url               VARCHAR   NOT NULL,
    error_zh          VARCHAR   NOT NULL,
    error_en          VARCHAR   NOT NULL,
    failed_at         TIMESTAMP NOT NULL
);
COMMENT ON TABLE pull_failure IS '拉取失败 — a file (or listing) an HTTP pull could not fetch, recorded in the run of that pull; it is asked for again at the next scheduled pull';
COMMENT ON COLUMN pull_failure.run_id IS '批次编号 — the ingestion run of the pull';
COMMENT ON COLUMN pull_failure.source_name IS '来源名称 — configured HTTP source';
COMMENT ON COLUMN pull_failure.remote_name IS '远端文件名 — file name in the remote listing (the listing itself when it could not be read)';
COMMENT ON COLUMN pull_failure.url IS '地址 — the address asked';
COMMENT ON COLUMN pull_failure.error_zh IS '错误说明（中文） — what went wrong, in Chinese';
COMMENT ON COLUMN pull_failure.error_en IS '错误说明（英文） — what went wrong, in English';
COMMENT ON COLUMN pull_failure.failed_at IS '失败时间 — when it failed';

COMMENT ON TABLE restricted.person_identity IS '人员身份（仅管理员） — person number, and the name and id number in force (the latest valid value; every version in restricted.person_identity_history): admins only';
COMMENT ON TABLE dim_person IS '人员维（化名） — people under a pseudonymous key, with the gender, ethnicity and birth date in force (the latest valid value); names and id numbers live apart in restricted.person_identity';
