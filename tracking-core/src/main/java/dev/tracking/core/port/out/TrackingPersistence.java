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

    /** Jobs scheduled in the same units of work as the repositories' changes. */
    JobScheduler jobScheduler();

    AuditLog auditLog();

    TransactionRunner transactions();
}
