-- Reminders are jobs whose idempotency keys start with their MAWB and kind ("reminder:<mawb>:<kind>:<time>"), so a
-- MAWB's upcoming reminders are listed, and cancelled, by key prefix. On H2 the unique index on live_idempotency_key
-- serves LIKE 'prefix%' already; this version only keeps the two databases' migration histories aligned.
COMMENT ON TABLE scheduled_jobs IS 'persistent jobs: reminders, e-mails, clean-up, reports';
