package dev.tracking.core.port.out;

import dev.tracking.core.domain.workflow.WorkflowDefinition;
import java.util.Optional;

/**
 * Stores workflow definitions: one set of steps per code and version, never changed once stored (a change is a new
 * version). Implementations must pass {@code WorkflowDefinitionRepositoryContract}.
 */
public interface WorkflowDefinitionRepository {

    /**
     * Stores a new version of a definition with all its steps.
     *
     * @throws dev.tracking.core.domain.common.DuplicateException when the code and version are stored already
     * @throws dev.tracking.core.domain.common.ValidationException when a step names an unknown permission feature
     */
    void insert(WorkflowDefinition definition);

    Optional<WorkflowDefinition> find(String code, int version);

    /** The highest version of the code. */
    Optional<WorkflowDefinition> findLatest(String code);
}
