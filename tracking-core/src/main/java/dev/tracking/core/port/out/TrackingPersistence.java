package dev.tracking.core.port.out;

/**
 * Every persistence port an adapter supplies, sharing one database and one {@link TransactionRunner}. Hand it to
 * {@code TrackingPlatform.builder().persistence(...)} in one go.
 */
public interface TrackingPersistence {

    CarrierRepository carriers();

    FileTypeRepository fileTypes();

    MawbRepository mawbs();

    HawbRepository hawbs();

    TrackingEventRepository events();

    AttachmentRepository attachments();

    BillRepository bills();

    PermissionRepository permissions();

    WorkflowDefinitionRepository workflowDefinitions();

    MawbWorkflowRepository mawbWorkflows();

    /** The job table, scheduling in the same units of work as the repositories' changes. */
    JobStore jobStore();

    /** The job table as the workflow schedules reminders on it. */
    default JobScheduler jobScheduler() {
        return jobStore();
    }

    AuditLog auditLog();

    TransactionRunner transactions();
}
