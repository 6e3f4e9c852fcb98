-- The monthly liaison-progress report (联系点工作进展月报): every version ever produced, its files, and the claim that
-- makes the scheduled report of a month happen once. A report version is built from the marts of one analysis run;
-- its files are kept in the warehouse, so the archive moves with it.

CREATE TABLE report (
    report_id           BIGINT    PRIMARY KEY,
    month_key           INTEGER   NOT NULL,
    version             INTEGER   NOT NULL,
    trigger             VARCHAR   NOT NULL,
    requested_by        VARCHAR,
    requested_at        TIMESTAMP NOT NULL,
    generated_at        TIMESTAMP,
    analysis_id         BIGINT,
    status              VARCHAR   NOT NULL,
    message             VARCHAR,
    attempts            INTEGER   NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMP,
    delivery            VARCHAR   NOT NULL,
    delivered_at        TIMESTAMP,
    delivery_attempts   INTEGER   NOT NULL DEFAULT 0,
    delivery_message    VARCHAR,
    UNIQUE (month_key, version)
);
COMMENT ON TABLE report IS '月报版本 — one version of the monthly liaison-progress report: who asked for it, the analysis run it was built from, whether it was built and mailed';
COMMENT ON COLUMN report.report_id IS '报告编号 — report version id';
COMMENT ON COLUMN report.month_key IS '报告月份 — the month M reported on (yyyymm)';
COMMENT ON COLUMN report.version IS '版本 — 1 for the month''s first report, then 2, 3… for each regeneration; older versions stay';
COMMENT ON COLUMN report.trigger IS '触发方式 — schedule (the monthly job or its catch-up), user (an admin regenerated it) or cli';
COMMENT ON COLUMN report.requested_by IS '请求人 — the admin''s user name, or the instance that ran the schedule';
COMMENT ON COLUMN report.requested_at IS '请求时间 — when the version was asked for';
COMMENT ON COLUMN report.generated_at IS '生成时间 — when its files were built (blank until built)';
COMMENT ON COLUMN report.analysis_id IS '分析批次编号 — the analysis run whose marts it was built from';
COMMENT ON COLUMN report.status IS '状态 — pending (waiting to be built), done, or failed (retried until attempts run out)';
COMMENT ON COLUMN report.message IS '说明 — why the last attempt failed, in Chinese and English';
COMMENT ON COLUMN report.attempts IS '尝试次数 — how many times building it was attempted';
COMMENT ON COLUMN report.next_attempt_at IS '下次尝试时间 — when a failed build or delivery is retried (blank: nothing to retry)';
COMMENT ON COLUMN report.delivery IS '发送状态 — none (no recipients configured), pending, sent or failed';
COMMENT ON COLUMN report.delivered_at IS '发送时间 — when the mail went out (once)';
COMMENT ON COLUMN report.delivery_attempts IS '发送尝试次数 — how many times sending the mail was attempted';
COMMENT ON COLUMN report.delivery_message IS '发送说明 — why the last sending attempt failed, or to whom it went';

CREATE TABLE report_file (
    report_id     BIGINT  NOT NULL,
    format        VARCHAR NOT NULL,
    file_name     VARCHAR NOT NULL,
    media_type    VARCHAR NOT NULL,
    bytes         BIGINT  NOT NULL,
    sha256        VARCHAR NOT NULL,
    content       BLOB    NOT NULL,
    PRIMARY KEY (report_id, format)
);
COMMENT ON TABLE report_file IS '月报文件 — the files of a report version: HTML, PDF and .xlsx';
COMMENT ON COLUMN report_file.report_id IS '报告编号 — the report version';
COMMENT ON COLUMN report_file.format IS '格式 — html, pdf or xlsx';
COMMENT ON COLUMN report_file.file_name IS '文件名 — the name it is downloaded and mailed as';
COMMENT ON COLUMN report_file.media_type IS '媒体类型 — its MIME type';
COMMENT ON COLUMN report_file.bytes IS '字节数 — its size in bytes';
COMMENT ON COLUMN report_file.sha256 IS 'SHA-256 — hex digest of the content, to prove a copy unchanged';
COMMENT ON COLUMN report_file.content IS '文件内容 — the file itself';

CREATE TABLE report_claim (
    month_key   INTEGER   PRIMARY KEY,
    report_id   BIGINT    NOT NULL,
    claimed_at  TIMESTAMP NOT NULL,
    claimed_by  VARCHAR   NOT NULL
);
COMMENT ON TABLE report_claim IS '月报认领 — the scheduled report of a month, claimed once: a restart, a catch-up or a second instance finds the claim and produces no duplicate';
COMMENT ON COLUMN report_claim.month_key IS '报告月份 — the month M (yyyymm)';
COMMENT ON COLUMN report_claim.report_id IS '报告编号 — the report version the schedule made for it';
COMMENT ON COLUMN report_claim.claimed_at IS '认领时间 — when it was claimed';
COMMENT ON COLUMN report_claim.claimed_by IS '认领实例 — the instance (host and process) that claimed it';
