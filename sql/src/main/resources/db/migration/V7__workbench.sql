-- The analyst SQL workbench: its audit log (which is also each user's query history) and the queries analysts share.
-- Both are kept in schema restricted: the SQL an admin ran may name people, and an analyst must not read another
-- user's history through the snapshot, which has no restricted schema.

CREATE SEQUENCE restricted.workbench_query_seq START 1;
CREATE SEQUENCE restricted.workbench_saved_seq START 1;

CREATE TABLE restricted.workbench_query (
    query_id       BIGINT    PRIMARY KEY DEFAULT nextval('restricted.workbench_query_seq'),
    username       VARCHAR   NOT NULL,
    role           VARCHAR   NOT NULL,
    snapshot       VARCHAR   NOT NULL,
    kind           VARCHAR   NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    sql_text       VARCHAR   NOT NULL,
    rows_returned  BIGINT    NOT NULL,
    duration_ms    BIGINT    NOT NULL,
    outcome        VARCHAR   NOT NULL,
    cancelled      BOOLEAN   NOT NULL,
    truncated      BOOLEAN   NOT NULL,
    personal_data  BOOLEAN   NOT NULL,
    message        VARCHAR
);

COMMENT ON TABLE restricted.workbench_query IS '分析台查询日志（仅管理员） — the SQL workbench''s audit log: every query and export, who ran it, how it ended; each user''s history is their own rows';
COMMENT ON COLUMN restricted.workbench_query.query_id IS '查询编号 — sequence number of the query';
COMMENT ON COLUMN restricted.workbench_query.username IS '用户名 — who ran the query (cli for the command line)';
COMMENT ON COLUMN restricted.workbench_query.role IS '角色 — the user''s role when they ran it: ANALYST 分析员 / ADMIN 管理员';
COMMENT ON COLUMN restricted.workbench_query.snapshot IS '快照 — which published snapshot it ran on: analyst (no personal data) or admin (with schema restricted)';
COMMENT ON COLUMN restricted.workbench_query.kind IS '类型 — query 查询 / csv 导出 CSV / xlsx 导出 Excel';
COMMENT ON COLUMN restricted.workbench_query.started_at IS '开始时间 — when the query started';
COMMENT ON COLUMN restricted.workbench_query.sql_text IS 'SQL — the statement as submitted';
COMMENT ON COLUMN restricted.workbench_query.rows_returned IS '返回行数 — rows sent to the user (the page''s rows counted up to the row limit, or the rows exported)';
COMMENT ON COLUMN restricted.workbench_query.duration_ms IS '耗时（毫秒） — wall-clock time from start to the last row, in milliseconds';
COMMENT ON COLUMN restricted.workbench_query.outcome IS '结果 — ok 成功 / refused 被拒绝 / failed 出错 / cancelled 超时取消';
COMMENT ON COLUMN restricted.workbench_query.cancelled IS '已取消 — whether the query was cancelled at its time limit';
COMMENT ON COLUMN restricted.workbench_query.truncated IS '已截断 — whether the result was cut at the row limit';
COMMENT ON COLUMN restricted.workbench_query.personal_data IS '含个人信息 — whether the query ran on the admin snapshot, which holds names and id numbers (exports of it are personal-data exports)';
COMMENT ON COLUMN restricted.workbench_query.message IS '说明 — why it was refused or failed, as the database said it';

CREATE TABLE restricted.workbench_saved (
    saved_id    BIGINT    PRIMARY KEY DEFAULT nextval('restricted.workbench_saved_seq'),
    title       VARCHAR   NOT NULL,
    sql_text    VARCHAR   NOT NULL,
    created_by  VARCHAR   NOT NULL,
    created_at  TIMESTAMP NOT NULL
);

COMMENT ON TABLE restricted.workbench_saved IS '分析台共享查询（仅管理员） — queries saved in the SQL workbench, shared among analysts and admins';
COMMENT ON COLUMN restricted.workbench_saved.saved_id IS '编号 — sequence number of the saved query';
COMMENT ON COLUMN restricted.workbench_saved.title IS '标题 — what the query answers, as its author named it';
COMMENT ON COLUMN restricted.workbench_saved.sql_text IS 'SQL — the statement';
COMMENT ON COLUMN restricted.workbench_saved.created_by IS '保存人 — who saved it';
COMMENT ON COLUMN restricted.workbench_saved.created_at IS '保存时间 — when it was saved';
