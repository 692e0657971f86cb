package dev.tracking.core.application;

import dev.tracking.core.domain.audit.AuditEntity;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import dev.tracking.core.port.out.TransactionRunner;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Audits a MAWB's workflow as it starts and moves. Its moves themselves are on the MAWB's timeline (as audited
 * tracking events), so the transition rows are not audited twice.
 */
final class AuditedMawbWorkflowRepository implements MawbWorkflowRepository {

    private final MawbWorkflowRepository delegate;
    private final AuditedWrites<MawbWorkflow> writes;

    AuditedMawbWorkflowRepository(MawbWorkflowRepository delegate, AuditRecorder audit,
            TransactionRunner transactions) {
        this.delegate = delegate;
        this.writes = new AuditedWrites<>(AuditEntity.MAWB_WORKFLOW, MawbWorkflow.class, w -> w.mawbId().toString(),
                MawbWorkflow::version, audit, transactions);
    }

    @Override
    public MawbWorkflow insert(MawbWorkflow workflow) {
        return writes.insert(workflow, delegate::insert);
    }

    @Override
    public MawbWorkflow update(MawbWorkflow workflow) {
        return writes.update(workflow, w -> delegate.findByMawb(w.mawbId()), delegate::update);
    }

    @Override
    public Optional<MawbWorkflow> findByMawb(MawbId mawbId) {
        return writes.read(delegate.findByMawb(mawbId));
    }

    @Override
    public List<MawbWorkflow> findByMawbs(Collection<MawbId> mawbIds) {
        return writes.readAll(delegate.findByMawbs(mawbIds));
    }

    @Override
    public void addTransition(WorkflowTransition transition) {
        delegate.addTransition(transition);
    }

    @Override
    public List<WorkflowTransition> findTransitions(MawbId mawbId) {
        return delegate.findTransitions(mawbId);
    }
}
