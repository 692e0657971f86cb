-- One row per version of a workflow definition. Its key makes storing one version twice impossible even when two
-- units of work race (the steps' own keys cannot: two copies with no step code or position in common would both
-- be stored), and every step belongs to a defined version.
CREATE TABLE workflow_definitions (
    workflow_code    varchar(40) NOT NULL,
    workflow_version integer     NOT NULL CHECK (workflow_version > 0),
    CONSTRAINT workflow_definitions_pk PRIMARY KEY (workflow_code, workflow_version)
);
INSERT INTO workflow_definitions (workflow_code, workflow_version)
SELECT DISTINCT workflow_code, workflow_version FROM workflow_steps;
ALTER TABLE workflow_steps ADD CONSTRAINT workflow_steps_definition_fk
    FOREIGN KEY (workflow_code, workflow_version) REFERENCES workflow_definitions (workflow_code, workflow_version);

-- Reminders are jobs whose idempotency keys start with their MAWB and kind ("reminder:<mawb>:<kind>:<time>"), so a
-- MAWB's upcoming reminders are listed, and cancelled, by key prefix. text_pattern_ops lets LIKE 'prefix%' use the
-- index whatever the database collation.

-- Serves: a MAWB's upcoming reminders; cancelling them by key prefix.
CREATE INDEX scheduled_jobs_live_key_prefix_idx ON scheduled_jobs (live_idempotency_key text_pattern_ops);
COMMENT ON INDEX scheduled_jobs_live_key_prefix_idx IS 'waiting jobs by idempotency-key prefix (a MAWB''s reminders)';
