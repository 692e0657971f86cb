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
MERGE INTO features t USING (VALUES
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
) s (code, description)
ON t.code = s.code
WHEN NOT MATCHED THEN INSERT (code, description) VALUES (s.code, s.description);

-- Default roles, granted once (an administrator's later changes are kept):
--   admin    every feature
--   system   every feature: the role scheduled work acts in (Actor.system())
--   operator the day-to-day work: shipments, events, workflow, documents, bills, jobs, audit reading
--   viewer   read only
MERGE INTO role_features t USING (VALUES
    ('admin', 'mawb.read'),
    ('admin', 'mawb.write'),
    ('admin', 'hawb.read'),
    ('admin', 'hawb.write'),
    ('admin', 'events.read'),
    ('admin', 'events.write'),
    ('admin', 'workflow.read'),
    ('admin', 'workflow.advance'),
    ('admin', 'workflow.admin'),
    ('admin', 'attachments.read'),
    ('admin', 'attachments.write'),
    ('admin', 'bills.read'),
    ('admin', 'bills.write'),
    ('admin', 'carriers.write'),
    ('admin', 'filetypes.write'),
    ('admin', 'dashboard.read'),
    ('admin', 'jobs.read'),
    ('admin', 'jobs.retry'),
    ('admin', 'jobs.cancel'),
    ('admin', 'audit.read'),
    ('admin', 'audit.export'),
    ('admin', 'audit.verify'),
    ('admin', 'admin.permissions'),
    ('operator', 'mawb.read'),
    ('operator', 'mawb.write'),
    ('operator', 'hawb.read'),
    ('operator', 'hawb.write'),
    ('operator', 'events.read'),
    ('operator', 'events.write'),
    ('operator', 'workflow.read'),
    ('operator', 'workflow.advance'),
    ('operator', 'attachments.read'),
    ('operator', 'attachments.write'),
    ('operator', 'bills.read'),
    ('operator', 'bills.write'),
    ('operator', 'dashboard.read'),
    ('operator', 'jobs.read'),
    ('operator', 'jobs.retry'),
    ('operator', 'audit.read'),
    ('viewer', 'mawb.read'),
    ('viewer', 'hawb.read'),
    ('viewer', 'events.read'),
    ('viewer', 'workflow.read'),
    ('viewer', 'attachments.read'),
    ('viewer', 'bills.read'),
    ('viewer', 'dashboard.read'),
    ('viewer', 'jobs.read'),
    ('viewer', 'audit.read')
) s (role, feature_code)
ON t.role = s.role AND t.feature_code = s.feature_code
WHEN NOT MATCHED THEN INSERT (role, feature_code, granted_at, granted_by) VALUES (s.role, s.feature_code, CURRENT_TIMESTAMP, 'system');

INSERT INTO role_features (role, feature_code, granted_at, granted_by)
SELECT 'system', code, CURRENT_TIMESTAMP, 'system' FROM features f
WHERE NOT EXISTS (SELECT 1 FROM role_features r WHERE r.role = 'system' AND r.feature_code = f.code);
