-- The park's own rules (DOMAIN.md: "configuration with these defaults"), as the analysis runs with them: the analysis
-- runner writes the settings it runs with here before it looks at the input, so the SQL oracle's views compute with the
-- same rules as the Spark job. A rule the warehouse does not hold is read at its DOMAIN.md default.

CREATE TABLE park_rule (
    rule_name     VARCHAR   PRIMARY KEY,
    rule_value    INTEGER   NOT NULL,
    recorded_at   TIMESTAMP NOT NULL
);
COMMENT ON TABLE park_rule IS '园区自定规则 — the park''s own rules the latest analysis run was started with (the oracle views read them; absent: the default)';
COMMENT ON COLUMN park_rule.rule_name IS '规则 — the setting''s name under bastion.analysis: party-lectures-per-quarter (党课 a branch must hold per quarter, default 1)';
COMMENT ON COLUMN park_rule.rule_value IS '规则值 — its value';
COMMENT ON COLUMN park_rule.recorded_at IS '记录时间 — when an analysis run last recorded it';
