package dev.tracking.core.port.out;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores where each MAWB stands in its workflow, and every move it made. Implementations must pass
 * {@code MawbWorkflowRepositoryContract}.
 */
public interface MawbWorkflowRepository {

    /**
     * Stores a MAWB's workflow at version 1.
     *
     * @throws dev.tracking.core.domain.common.DuplicateException when the MAWB has one already
     */
    MawbWorkflow insert(MawbWorkflow workflow);

    /**
     * Stores a moved workflow when its version is current; returns it at the next version.
     *
     * @throws dev.tracking.core.domain.common.VersionConflictException when someone stored another version first
     */
    MawbWorkflow update(MawbWorkflow workflow);

    Optional<MawbWorkflow> findByMawb(MawbId mawbId);

    /**
     * The workflows of these MAWBs, in no particular order; MAWBs without one are left out. The default looks them up
     * one by one; adapters read them in one statement.
     */
    default List<MawbWorkflow> findByMawbs(Collection<MawbId> mawbIds) {
        Objects.requireNonNull(mawbIds, "mawbIds");
        return mawbIds.stream().distinct().map(this::findByMawb).flatMap(Optional::stream).toList();
    }

    /**
     * Records a move.
     *
     * @throws dev.tracking.core.domain.common.DuplicateException when the MAWB has a move with that sequence number
     */
    void addTransition(WorkflowTransition transition);

    /** A MAWB's moves, by sequence number. */
    List<WorkflowTransition> findTransitions(MawbId mawbId);
}
