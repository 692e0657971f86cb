package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.port.out.TransactionRunner;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import java.util.Optional;

/** Audits every new workflow definition (definitions never change once stored). */
final class AuditedWorkflowDefinitionRepository implements WorkflowDefinitionRepository {

    private final WorkflowDefinitionRepository delegate;
    private final AuditRecorder audit;
    private final TransactionRunner transactions;

    AuditedWorkflowDefinitionRepository(WorkflowDefinitionRepository delegate, AuditRecorder audit,
            TransactionRunner transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void insert(WorkflowDefinition definition) {
        transactions.inTransaction(() -> {
            delegate.insert(definition);
            audit.record(AuditEntity.WORKFLOW_DEFINITION, definition.code() + "/v" + definition.version(),
                    AuditAction.INSERT, null, definition);
            return null;
        });
    }

    @Override
    public Optional<WorkflowDefinition> find(String code, int version) {
        return delegate.find(code, version);
    }

    @Override
    public Optional<WorkflowDefinition> findLatest(String code) {
        return delegate.findLatest(code);
    }
}
