package dev.tracking.core.application;

import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.PermissionRepository;
import dev.tracking.core.port.out.TrackingEventRepository;
import dev.tracking.core.port.out.TransactionRunner;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;

/**
 * The adapter's repositories, each wrapped so that every write also records its audit entry in the same unit of work.
 * Every service works on these, so no change escapes the audit log whichever adapter stores it.
 */
public record AuditedRepositories(CarrierRepository carriers, FileTypeRepository fileTypes, MawbRepository mawbs,
        HawbRepository hawbs, TrackingEventRepository events, AttachmentRepository attachments, BillRepository bills,
        PermissionRepository permissions, WorkflowDefinitionRepository workflowDefinitions,
        MawbWorkflowRepository mawbWorkflows, TransactionRunner transactions) {

    /**
     * Wraps the repositories; {@code transactions} is the adapter's runner, returned wrapped too, so that each unit of
     * work appends its audit entries before it commits.
     */
    public static AuditedRepositories wrap(CarrierRepository carriers, FileTypeRepository fileTypes,
            MawbRepository mawbs, HawbRepository hawbs, TrackingEventRepository events,
            AttachmentRepository attachments, BillRepository bills, PermissionRepository permissions,
            WorkflowDefinitionRepository workflowDefinitions, MawbWorkflowRepository mawbWorkflows,
            TransactionRunner transactions, AuditRecorder recorder) {
        TransactionRunner audited = new AuditingTransactionRunner(transactions, recorder);
        return new AuditedRepositories(
                new AuditedCarrierRepository(carriers, recorder, audited),
                new AuditedFileTypeRepository(fileTypes, recorder, audited),
                new AuditedMawbRepository(mawbs, recorder, audited),
                new AuditedHawbRepository(hawbs, recorder, audited),
                new AuditedEventRepository(events, recorder, audited),
                new AuditedAttachmentRepository(attachments, recorder, audited),
                new AuditedBillRepository(bills, recorder, audited),
                new AuditedPermissionRepository(permissions, recorder, audited),
                new AuditedWorkflowDefinitionRepository(workflowDefinitions, recorder, audited),
                new AuditedMawbWorkflowRepository(mawbWorkflows, recorder, audited),
                audited);
    }
}
