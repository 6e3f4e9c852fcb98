-- Incremental analysis (issue 13 part 3): each done run records a digest of what it read, per lake table and per month a
-- row can change the marts from; the next run compares its own digests with those and recomputes only from the earliest
-- month that differs, keeping the marts' rows of the months before it.

ALTER TABLE analysis_run ADD COLUMN job_settings VARCHAR;
ALTER TABLE analysis_run ADD COLUMN from_month INTEGER;
ALTER TABLE analysis_run ADD COLUMN plan VARCHAR;
COMMENT ON COLUMN analysis_run.job_settings IS '计算设定 — the park rules, the job jar''s SHA-256 and the marts'' columns the run computed with; a change recomputes every month';
COMMENT ON COLUMN analysis_run.from_month IS '重算起始月 — the first month (yyyymm) whose marts the run recomputed; blank when it recomputed every month';
COMMENT ON COLUMN analysis_run.plan IS '计算方式 — why the run recomputed what it did, in Chinese and English';

CREATE TABLE analysis_input (
    analysis_id    BIGINT  NOT NULL,
    table_name     VARCHAR NOT NULL,
    effect_month   INTEGER,
    input_rows     BIGINT  NOT NULL,
    digest         HUGEINT NOT NULL
);
COMMENT ON TABLE analysis_input IS '分析输入摘要 — per done analysis run, lake table and month: how many rows it read and a digest of them';
COMMENT ON COLUMN analysis_input.analysis_id IS '分析批次编号 — the run';
COMMENT ON COLUMN analysis_input.table_name IS '表名 — the lake table';
COMMENT ON COLUMN analysis_input.effect_month IS '影响起始月 — the earliest month (yyyymm) whose marts these rows can change; blank: none of the month-by-month marts';
COMMENT ON COLUMN analysis_input.input_rows IS '行数 — rows of the table in that group';
COMMENT ON COLUMN analysis_input.digest IS '摘要 — the sum of the rows'' hashes (provenance columns left out), so equal groups have equal digests';
