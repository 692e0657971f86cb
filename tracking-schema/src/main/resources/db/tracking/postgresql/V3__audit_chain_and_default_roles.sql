-- The audit chain's head: the last entry's position and hash. Writers lock this one row from the moment they append
-- until they commit (SELECT ... FOR UPDATE), so entries join the chain in commit order, without gaps, and seq is
-- assigned under that lock (the sequence of V1 is not used).
CREATE TABLE audit_chain_head (
    id        smallint NOT NULL CHECK (id = 1),
    last_seq  bigint   NOT NULL CHECK (last_seq >= 0),
    last_hash char(64) NOT NULL,
    CONSTRAINT audit_chain_head_pk PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
DROP SEQUENCE audit_log_seq;

-- The permission features, here rather than in the repeatable reference data so that the default roles below can
-- refer to them (repeatable migrations run after versioned ones). New features come with new versioned migrations.
INSERT INTO features (code, description) VALUES
    ('mawb.read', 'See MAWBs and their containers'),
    ('mawb.write', 'Create and change MAWBs'),
    ('hawb.read', 'See HAWBs'),
    ('hawb.write', 'Create and change HAWBs'),
    ('events.read', 'See event timelines'),
    ('events.write', 'Record status events'),
    ('workflow.read', 'See workflow status'),
    ('workflow.advance', 'Advance a MAWB''s workflow'),
    ('workflow.admin', 'Define workflows'),
    ('attachments.read', 'See and download attachments'),
    ('attachments.write', 'Upload attachments'),
    ('bills.read', 'See bills'),
    ('bills.write', 'Create, pay and void bills'),
    ('carriers.write', 'Register and change carriers'),
    ('filetypes.write', 'Register and change file types'),
    ('dashboard.read', 'See the dashboard'),
    ('jobs.read', 'See scheduled jobs'),
    ('jobs.retry', 'Retry failed or dead jobs'),
    ('jobs.cancel', 'Cancel jobs'),
    ('audit.read', 'Read the audit log'),
    ('audit.export', 'Export the audit log'),
    ('audit.verify', 'Verify the audit chain'),
    ('admin.permissions', 'Manage roles and user overrides')
ON CONFLICT (code) DO NOTHING;

-- Default roles, granted once (an administrator's later changes are kept):
--   admin    every feature
--   system   every feature: the role scheduled work acts in (Actor.system())
--   operator the day-to-day work: shipments, events, workflow, documents, bills, jobs, audit reading
--   viewer   read only
INSERT INTO role_features (role, feature_code, granted_at, granted_by) VALUES
    ('admin', 'mawb.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'mawb.write', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'hawb.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'hawb.write', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'events.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'events.write', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'workflow.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'workflow.advance', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'workflow.admin', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'attachments.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'attachments.write', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'bills.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'bills.write', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'carriers.write', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'filetypes.write', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'dashboard.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'jobs.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'jobs.retry', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'jobs.cancel', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'audit.read', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'audit.export', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'audit.verify', CURRENT_TIMESTAMP, 'system'),
    ('admin', 'admin.permissions', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'mawb.read', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'mawb.write', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'hawb.read', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'hawb.write', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'events.read', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'events.write', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'workflow.read', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'workflow.advance', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'attachments.read', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'attachments.write', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'bills.read', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'bills.write', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'dashboard.read', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'jobs.read', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'jobs.retry', CURRENT_TIMESTAMP, 'system'),
    ('operator', 'audit.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'mawb.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'hawb.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'events.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'workflow.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'attachments.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'bills.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'dashboard.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'jobs.read', CURRENT_TIMESTAMP, 'system'),
    ('viewer', 'audit.read', CURRENT_TIMESTAMP, 'system')
ON CONFLICT DO NOTHING;

INSERT INTO role_features (role, feature_code, granted_at, granted_by)
SELECT 'system', code, CURRENT_TIMESTAMP, 'system' FROM features
ON CONFLICT DO NOTHING;
