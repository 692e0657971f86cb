package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link MawbWorkflowRepository} in memory, with optimistic versions. As the SQL schema's foreign keys do, it refuses a
 * workflow of an unknown MAWB or at a step its definition lacks.
 */
public class InMemoryMawbWorkflowRepository implements MawbWorkflowRepository {

    static final String ENTITY = "MAWB workflow";

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryMawbWorkflowRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public MawbWorkflow insert(MawbWorkflow workflow) {
        Objects.requireNonNull(workflow, "workflow");
        return store.apply(t -> {
            if (!t.mawbs.containsKey(workflow.mawbId())) {
                throw new ValidationException("mawbId", "no MAWB " + workflow.mawbId());
            }
            if (t.mawbWorkflows.containsKey(workflow.mawbId())) {
                throw new DuplicateException(ENTITY, "mawbId", workflow.mawbId());
            }
            requireStep(t, workflow);
            MawbWorkflow stored = workflow.withVersion(1);
            t.mawbWorkflows.put(stored.mawbId(), stored);
            return stored;
        });
    }

    @Override
    public MawbWorkflow update(MawbWorkflow workflow) {
        Objects.requireNonNull(workflow, "workflow");
        return store.apply(t -> {
            MawbWorkflow current = t.mawbWorkflows.get(workflow.mawbId());
            if (current == null) {
                throw new NotFoundException(ENTITY, workflow.mawbId());
            }
            if (current.version() != workflow.version()) {
                throw new VersionConflictException(ENTITY, workflow.mawbId(), workflow.version());
            }
            requireStep(t, workflow);
            MawbWorkflow stored = workflow.withVersion(current.version() + 1);
            t.mawbWorkflows.put(stored.mawbId(), stored);
            return stored;
        });
    }

    @Override
    public Optional<MawbWorkflow> findByMawb(MawbId mawbId) {
        return store.apply(t -> Optional.ofNullable(t.mawbWorkflows.get(mawbId)));
    }

    @Override
    public void addTransition(WorkflowTransition transition) {
        Objects.requireNonNull(transition, "transition");
        store.apply(t -> {
            if (!t.mawbs.containsKey(transition.mawbId())) {
                throw new ValidationException("mawbId", "no MAWB " + transition.mawbId());
            }
            String key = transition.mawbId() + "/" + transition.seq();
            if (t.transitions.containsKey(key)) {
                throw new DuplicateException("workflow transition", "seq", transition.seq());
            }
            t.transitions.put(key, transition);
            return null;
        });
    }

    @Override
    public List<WorkflowTransition> findTransitions(MawbId mawbId) {
        return store.apply(t -> t.transitions.values().stream()
                .filter(tr -> tr.mawbId().equals(mawbId))
                .sorted(Comparator.comparingInt(WorkflowTransition::seq))
                .toList());
    }

    private static void requireStep(Tables t, MawbWorkflow workflow) {
        var definition = t.workflowDefinitions.get(workflow.workflowCode() + "/" + workflow.workflowVersion());
        if (definition == null || definition.step(workflow.currentStep()).isEmpty()) {
            throw new ValidationException("currentStep", "workflow " + workflow.workflowCode() + " v"
                    + workflow.workflowVersion() + " has no step " + workflow.currentStep());
        }
    }
}
