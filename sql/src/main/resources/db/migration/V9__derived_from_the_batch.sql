-- Ingestion linear in history (issue 12, part 3): a load transaction derives the admission events and the
-- type-2 dimensions from its own rows, not from the whole history of every person and organization it touches.
-- (V6 was never used: the numbers follow the order migrations were written in, and a warehouse that has V8 takes
-- V9 in that order.)

-- ---------------------------------------------------------------- each person's latest roster row

CREATE TABLE person_latest_row (
    person_key        BIGINT  NOT NULL,
    submission_id     BIGINT  NOT NULL,
    month_key         INTEGER NOT NULL,
    submitted_on      DATE    NOT NULL,
    org_code          VARCHAR NOT NULL
);
COMMENT ON TABLE person_latest_row IS '人员最新名册行 — each person''s latest current roster row (latest report month, then 报送日期, then the greater 组织代码), which the admission events are read from; kept by the loader';
COMMENT ON COLUMN person_latest_row.person_key IS '人员键 — pseudonymous person key';
COMMENT ON COLUMN person_latest_row.submission_id IS '报送编号 — submission of the row';
COMMENT ON COLUMN person_latest_row.month_key IS '报告月份键 — report month (yyyymm) of the row';
COMMENT ON COLUMN person_latest_row.submitted_on IS '报送日期 — the submission''s 报送日期';
COMMENT ON COLUMN person_latest_row.org_code IS '组织代码 — organization of the roster';

INSERT INTO person_latest_row
SELECT p.person_key, p.submission_id, p.month_key, s.submitted_on, p.org_code
FROM fact_person_month p JOIN fact_submission s USING (submission_id)
QUALIFY row_number() OVER (PARTITION BY p.person_key ORDER BY p.month_key DESC, s.submitted_on DESC, p.org_code DESC) = 1;

-- ---------------------------------------------------------------- working tables of a load transaction

CREATE TABLE scratch_file (
    file_id           BIGINT NOT NULL
);
COMMENT ON TABLE scratch_file IS '装载工作表：本事务写入的文件 — loader working table: archived files whose rows a load transaction appended';
COMMENT ON COLUMN scratch_file.file_id IS '文件编号 — archived file';

CREATE TABLE scratch_latest (
    person_key        BIGINT  NOT NULL,
    submission_id     BIGINT  NOT NULL,
    month_key         INTEGER NOT NULL,
    submitted_on      DATE    NOT NULL,
    org_code          VARCHAR NOT NULL,
    applied_on        DATE,
    activist_on       DATE,
    candidate_on      DATE,
    joined_on         DATE,
    full_on           DATE,
    run_id            BIGINT  NOT NULL,
    file_id           BIGINT  NOT NULL
);
COMMENT ON TABLE scratch_latest IS '装载工作表：新的最新名册行 — loader working table: the people whose latest roster row a load transaction changed, with that row';
COMMENT ON COLUMN scratch_latest.person_key IS '人员键 — pseudonymous person key';
COMMENT ON COLUMN scratch_latest.submission_id IS '报送编号 — submission of the row';
COMMENT ON COLUMN scratch_latest.month_key IS '报告月份键 — report month (yyyymm)';
COMMENT ON COLUMN scratch_latest.submitted_on IS '报送日期 — the submission''s 报送日期';
COMMENT ON COLUMN scratch_latest.org_code IS '组织代码 — organization of the roster';
COMMENT ON COLUMN scratch_latest.applied_on IS '申请入党日期 — applied on';
COMMENT ON COLUMN scratch_latest.activist_on IS '确定积极分子日期 — became activist on';
COMMENT ON COLUMN scratch_latest.candidate_on IS '确定发展对象日期 — became candidate on';
COMMENT ON COLUMN scratch_latest.joined_on IS '入党日期 — admitted as probationary member on';
COMMENT ON COLUMN scratch_latest.full_on IS '转正日期 — became full member on';
COMMENT ON COLUMN scratch_latest.run_id IS '批次编号 — ingestion run of the row';
COMMENT ON COLUMN scratch_latest.file_id IS '文件编号 — archived file of the row';

CREATE TABLE scratch_rebuild (
    kind              VARCHAR NOT NULL,
    code              VARCHAR NOT NULL,
    from_month        INTEGER NOT NULL
);
COMMENT ON TABLE scratch_rebuild IS '装载工作表：重建的维度版本 — loader working table: the organizations and units whose type-2 versions a load transaction rebuilds, from which month on';
COMMENT ON COLUMN scratch_rebuild.kind IS '键类别 — org or unit';
COMMENT ON COLUMN scratch_rebuild.code IS '代码 — the code';
COMMENT ON COLUMN scratch_rebuild.from_month IS '起始月份 — the versions starting in this month (yyyymm) or later are rebuilt; 0 for all';

COMMENT ON TABLE scratch_key IS '装载工作表：删除了行的键 — loader working table: organization and unit codes whose rows a load transaction deleted (their type-2 versions are rebuilt from the start)';
COMMENT ON TABLE scratch_person IS '装载工作表：删除了名册行的人员 — loader working table: people whose roster rows a load transaction deleted (their latest row is found again among all their rows)';
