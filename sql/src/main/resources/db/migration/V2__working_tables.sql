-- Working tables of the loader: filled and emptied inside each load transaction, never read by anyone else.
-- They hold the keys a batch touched, so the type-2 dimensions and admission events are rebuilt for those keys only.

CREATE TABLE scratch_key (
    kind              VARCHAR NOT NULL,
    code              VARCHAR NOT NULL
);
COMMENT ON TABLE scratch_key IS '装载工作表：受影响的键 — loader working table: organization and unit codes a load transaction touched';
COMMENT ON COLUMN scratch_key.kind IS '键类别 — org or unit';
COMMENT ON COLUMN scratch_key.code IS '代码 — the code';

CREATE TABLE scratch_id (
    id                BIGINT NOT NULL
);
COMMENT ON TABLE scratch_id IS '装载工作表：被替代的报送 — loader working table: submissions a load transaction replaced';
COMMENT ON COLUMN scratch_id.id IS '报送编号 — submission id';

CREATE TABLE scratch_person (
    person_key        BIGINT NOT NULL
);
COMMENT ON TABLE scratch_person IS '装载工作表：受影响的人员 — loader working table: people whose admission events are recomputed';
COMMENT ON COLUMN scratch_person.person_key IS '人员键 — pseudonymous person key';
