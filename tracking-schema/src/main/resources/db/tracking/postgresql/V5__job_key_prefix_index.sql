-- Reminders are jobs whose idempotency keys start with their MAWB and kind ("reminder:<mawb>:<kind>:<time>"), so a
-- MAWB's upcoming reminders are listed, and cancelled, by key prefix. text_pattern_ops lets LIKE 'prefix%' use the
-- index whatever the database collation.

-- Serves: a MAWB's upcoming reminders; cancelling them by key prefix.
CREATE INDEX scheduled_jobs_live_key_prefix_idx ON scheduled_jobs (live_idempotency_key text_pattern_ops);
COMMENT ON INDEX scheduled_jobs_live_key_prefix_idx IS 'waiting jobs by idempotency-key prefix (a MAWB''s reminders)';
