-- The SOP workflow: when a step applies, each MAWB's transitions (who moved it from which step to which, when, and
-- whether a user or an event did), and the default US air-import SOP (docs/workflow.md).

ALTER TABLE workflow_steps ADD COLUMN applies_when varchar(16) DEFAULT 'ALWAYS' NOT NULL
    CHECK (applies_when IN ('ALWAYS', 'OCEAN_CONTAINERS'));

CREATE TABLE mawb_workflow_transitions (
    mawb_id      uuid         NOT NULL REFERENCES mawbs (id) ON DELETE CASCADE,
    seq          integer      NOT NULL CHECK (seq > 0),
    from_step    varchar(40),
    to_step      varchar(40)  NOT NULL,
    trigger_kind varchar(6)   NOT NULL CHECK (trigger_kind IN ('MANUAL', 'EVENT')),
    trigger_code varchar(30),  -- the FSU code of an event that moved it
    moved_by     varchar(128) NOT NULL,
    moved_at     timestamp(6) with time zone NOT NULL,
    CONSTRAINT mawb_workflow_transitions_pk PRIMARY KEY (mawb_id, seq)
);

-- Serves: finding the MAWBs at a step (the workflow board, reminders for a step).
CREATE INDEX mawb_workflows_step_idx ON mawb_workflows (workflow_code, current_step);
COMMENT ON INDEX mawb_workflows_step_idx IS 'MAWBs at a workflow step';

-- The US air-import SOP, version 1.
INSERT INTO workflow_steps (workflow_code, workflow_version, step_code, name, position, required_file_types,
                            required_conditions, entry_actions, advance_feature, advance_on_events, applies_when)
VALUES
    ('US_AIR_IMPORT', 1, 'PRE_ALERT', 'Pre-alert sent', 10, '', '', 'SEND_PRE_ALERT', 'workflow.advance', '', 'ALWAYS'),
    ('US_AIR_IMPORT', 1, 'DOCS_COMPLETE', 'Documents complete', 20, 'COMMERCIAL_INVOICE,MAWB,PACKING_LIST', '', '', 'workflow.advance', '', 'ALWAYS'),
    ('US_AIR_IMPORT', 1, 'ARRIVED', 'Arrived at destination', 30, '', 'ARRIVAL_RECORDED', 'SCHEDULE_LAST_FREE_DAY_ALERTS,SCHEDULE_ISC_REMINDERS', 'workflow.advance', 'ARR,RCF', 'ALWAYS'),
    ('US_AIR_IMPORT', 1, 'ISC_PAID', 'ISC paid', 40, '', 'ISC_PAID', '', 'workflow.advance', '', 'ALWAYS'),
    ('US_AIR_IMPORT', 1, 'CUSTOMS_RELEASED', 'Released by customs', 50, 'CUSTOMS_RELEASE', 'CUSTOMS_CLEARED,ISC_PAID', 'SCHEDULE_PICKUP_REMINDER', 'workflow.advance', '', 'ALWAYS'),
    ('US_AIR_IMPORT', 1, 'PICKUP_SCHEDULED', 'Pickup scheduled', 60, 'DELIVERY_ORDER', '', '', 'workflow.advance', '', 'ALWAYS'),
    ('US_AIR_IMPORT', 1, 'DELIVERED', 'Delivered', 70, '', 'DELIVERED', 'SCHEDULE_EMPTY_RETURN_REMINDERS', 'workflow.advance', 'DDL,DLV', 'ALWAYS'),
    ('US_AIR_IMPORT', 1, 'EMPTY_RETURNED', 'Empty containers returned', 80, 'EMPTY_RETURN_RECEIPT', 'CONTAINERS_RETURNED', '', 'workflow.advance', '', 'OCEAN_CONTAINERS'),
    ('US_AIR_IMPORT', 1, 'CLOSED', 'Closed', 90, '', '', 'CANCEL_ALL_REMINDERS', 'workflow.advance', '', 'ALWAYS');
