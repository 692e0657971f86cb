package dev.tracking.testsupport;

import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.AuditLog;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.FileTypeRepository;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.PermissionRepository;
import dev.tracking.core.port.out.TrackingEventRepository;
import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.core.port.out.TransactionRunner;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import java.util.Objects;

/**
 * One instance of every persistence out port, all working on the same store, and the {@link TransactionRunner} whose
 * units of work span them.
 *
 * <p>Adapter authors build one of these from their adapter (for example over a fresh database schema) and return it
 * from {@link dev.tracking.testsupport.contract.PersistenceContract#ports()} to run the contract suites; tests of the
 * application use {@link dev.tracking.testsupport.inmemory.InMemoryPersistence#create()}. To decorate a single port
 * (say, to make it fail on purpose) keep the others: {@code ports.withMawbs(new FailingMawbs(ports.mawbs()))}.
 *
 * @param carriers            stores carriers
 * @param fileTypes           stores file types
 * @param mawbs               stores master air waybills
 * @param hawbs               stores house air waybills
 * @param events              stores tracking events
 * @param attachments         stores attachment metadata
 * @param bills               stores bills
 * @param permissions         stores features, role grants and user overrides
 * @param workflowDefinitions stores versioned workflow definitions
 * @param mawbWorkflows       stores where each MAWB stands in its workflow
 * @param jobStore        the job table; schedules jobs in the same units of work
 * @param auditLog            stores the audit chain
 * @param transactions        opens units of work that span all of the above
 */
public record PersistencePorts(
        CarrierRepository carriers,
        FileTypeRepository fileTypes,
        MawbRepository mawbs,
        HawbRepository hawbs,
        TrackingEventRepository events,
        AttachmentRepository attachments,
        BillRepository bills,
        PermissionRepository permissions,
        WorkflowDefinitionRepository workflowDefinitions,
        MawbWorkflowRepository mawbWorkflows,
        JobStore jobStore,
        AuditLog auditLog,
        TransactionRunner transactions) implements TrackingPersistence {

    public PersistencePorts {
        Objects.requireNonNull(carriers, "carriers");
        Objects.requireNonNull(fileTypes, "fileTypes");
        Objects.requireNonNull(mawbs, "mawbs");
        Objects.requireNonNull(hawbs, "hawbs");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(bills, "bills");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(workflowDefinitions, "workflowDefinitions");
        Objects.requireNonNull(mawbWorkflows, "mawbWorkflows");
        Objects.requireNonNull(jobStore, "jobStore");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(transactions, "transactions");
    }

    /** The ports of an adapter's {@link TrackingPersistence}, to run the contract suites on them. */
    public static PersistencePorts of(TrackingPersistence persistence) {
        return new PersistencePorts(persistence.carriers(),
                persistence.fileTypes(),
                persistence.mawbs(),
                persistence.hawbs(),
                persistence.events(),
                persistence.attachments(),
                persistence.bills(),
                persistence.permissions(),
                persistence.workflowDefinitions(),
                persistence.mawbWorkflows(),
                persistence.jobStore(),
                persistence.auditLog(),
                persistence.transactions());
    }

    /** These ports with {@code carriers} in place of the carrier repository. */
    public PersistencePorts withCarriers(CarrierRepository newCarriers) {
        return new PersistencePorts(newCarriers, fileTypes, mawbs, hawbs, events, attachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code fileTypes} in place of the file type repository. */
    public PersistencePorts withFileTypes(FileTypeRepository newFileTypes) {
        return new PersistencePorts(carriers, newFileTypes, mawbs, hawbs, events, attachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code mawbs} in place of the MAWB repository. */
    public PersistencePorts withMawbs(MawbRepository newMawbs) {
        return new PersistencePorts(carriers, fileTypes, newMawbs, hawbs, events, attachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code hawbs} in place of the HAWB repository. */
    public PersistencePorts withHawbs(HawbRepository newHawbs) {
        return new PersistencePorts(carriers, fileTypes, mawbs, newHawbs, events, attachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code events} in place of the tracking event repository. */
    public PersistencePorts withEvents(TrackingEventRepository newEvents) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, newEvents, attachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code attachments} in place of the attachment repository. */
    public PersistencePorts withAttachments(AttachmentRepository newAttachments) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, events, newAttachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code bills} in place of the bill repository. */
    public PersistencePorts withBills(BillRepository newBills) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, events, attachments, newBills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code permissions} in place of the permission repository. */
    public PersistencePorts withPermissions(PermissionRepository newPermissions) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, events, attachments, bills, newPermissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code workflowDefinitions} in place of the workflow definition repository. */
    public PersistencePorts withWorkflowDefinitions(WorkflowDefinitionRepository newWorkflowDefinitions) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, events, attachments, bills, permissions,
                newWorkflowDefinitions, mawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code mawbWorkflows} in place of the MAWB workflow repository. */
    public PersistencePorts withMawbWorkflows(MawbWorkflowRepository newMawbWorkflows) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, events, attachments, bills, permissions,
                workflowDefinitions, newMawbWorkflows, jobStore, auditLog, transactions);
    }

    /** These ports with {@code jobStore} in place of the job store. */
    public PersistencePorts withJobStore(JobStore newJobStore) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, events, attachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, newJobStore, auditLog, transactions);
    }

    /** These ports with {@code auditLog} in place of the audit log. */
    public PersistencePorts withAuditLog(AuditLog newAuditLog) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, events, attachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, newAuditLog, transactions);
    }

    /** These ports with {@code transactions} in place of the transaction runner. */
    public PersistencePorts withTransactions(TransactionRunner newTransactions) {
        return new PersistencePorts(carriers, fileTypes, mawbs, hawbs, events, attachments, bills, permissions,
                workflowDefinitions, mawbWorkflows, jobStore, auditLog, newTransactions);
    }
}
