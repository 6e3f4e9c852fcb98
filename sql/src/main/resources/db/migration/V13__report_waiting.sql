-- A monthly report whose month the marts do not reach yet (no analysis, or none up to the month) waits for the next
-- analysis instead of failing: it counts no attempt, and an analysis that finishes makes it due at once.
COMMENT ON COLUMN report.status IS '状态 — pending (waiting to be built), waiting (for an analysis that reaches the month; no attempt counted), done, or failed (retried until attempts run out)';
