package dev.tracking.core.domain.audit;

/** The kinds of records the audit log follows; which of them are audited is configurable. */
public enum AuditEntity {
    MAWB,
    HAWB,
    TRACKING_EVENT,
    ATTACHMENT,
    BILL,
    CARRIER,
    FILE_TYPE,
    ROLE_FEATURE,
    USER_OVERRIDE,
    WORKFLOW_DEFINITION,
    MAWB_WORKFLOW,
    SCHEDULED_JOB,
    JOB_TYPE_PAUSE
}
