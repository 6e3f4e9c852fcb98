-- The dashboard's users and their roles. Password hashes are kept with the other data only admins may read
-- (schema restricted), so they never reach the Parquet lake or an analyst's snapshot.

CREATE TABLE restricted.app_user (
    username       VARCHAR   PRIMARY KEY,
    display_name   VARCHAR   NOT NULL,
    role           VARCHAR   NOT NULL,
    org_code       VARCHAR,
    password_hash  VARCHAR   NOT NULL,
    enabled        BOOLEAN   NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);

COMMENT ON TABLE restricted.app_user IS '系统用户（仅管理员） — the dashboard''s users: their role, the organization a branch secretary answers for, and their password hash';
COMMENT ON COLUMN restricted.app_user.username IS '用户名 — the login name';
COMMENT ON COLUMN restricted.app_user.display_name IS '姓名 — the name shown in the top bar';
COMMENT ON COLUMN restricted.app_user.role IS '角色 — LEADER 领导 / ANALYST 分析员 / SECRETARY 支部书记 / ADMIN 管理员';
COMMENT ON COLUMN restricted.app_user.org_code IS '所属组织代码 — for a branch secretary, the organization whose subtree is all they may see';
COMMENT ON COLUMN restricted.app_user.password_hash IS '密码哈希 — BCrypt hash of the password (never the password itself)';
COMMENT ON COLUMN restricted.app_user.enabled IS '启用 — whether the user may log in';
COMMENT ON COLUMN restricted.app_user.created_at IS '创建时间 — when the user was created';
COMMENT ON COLUMN restricted.app_user.updated_at IS '修改时间 — when the user was last changed';
