package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link MawbWorkflowRepository} over {@code mawb_workflows} ({@link MawbWorkflowEntity}, versioned for optimistic
 * locking, see {@link OptimisticUpdate}) and {@code mawb_workflow_transitions} ({@link WorkflowTransitionEntity},
 * append-only). A write that names a step checks first, in the caller's unit of work, that the definition has the
 * step, so that it is refused with a {@link ValidationException} on {@code currentStep} without a failed statement;
 * the schema's foreign key stays the guard. A workflow or move of an unknown MAWB meets the foreign key to
 * {@code mawbs}, a second workflow of a MAWB or a second move with one sequence number a primary key, which
 * {@link PersistenceErrors} types. Rows written are detached, so that a second insert of the same key in one unit of
 * work reaches the database and is reported like any other duplicate.
 */
final class JpaMawbWorkflowRepository implements MawbWorkflowRepository {

    static final String ENTITY = "MAWB workflow";

    /** At most this many ids go into one IN list. */
    private static final int MAX_IDS_PER_QUERY = 1000;
    static final String TRANSITION = "workflow transition";

    private final EntityManagerBinding units;

    JpaMawbWorkflowRepository(EntityManagerBinding units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public MawbWorkflow insert(MawbWorkflow workflow) {
        Objects.requireNonNull(workflow, "workflow");
        WriteTarget target = WriteTarget.insertOf(ENTITY, workflow.mawbId()).unique("mawbId", workflow.mawbId())
                .referring("mawbId", workflow.mawbId());
        return units.inUnitOfWork(em -> {
            requireStep(em, workflow);
            return PersistenceErrors.translating(em, target, () -> {
                MawbWorkflowEntity row = MawbWorkflowMapper.toNewEntity(workflow);
                em.persist(row);
                em.flush();
                em.detach(row);
                return workflow.withVersion(Versions.FIRST);
            });
        });
    }

    @Override
    public MawbWorkflow update(MawbWorkflow workflow) {
        Objects.requireNonNull(workflow, "workflow");
        WriteTarget target = WriteTarget.updateOf(ENTITY, workflow.mawbId(), workflow.version())
                .referring("currentStep", workflow.currentStep());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            OptimisticUpdate<MawbWorkflowEntity> update = OptimisticUpdate.of(em, MawbWorkflowEntity.class,
                    workflow.mawbId().value(), target, row -> row.version);
            if (!MawbWorkflowMapper.atSameStep(update.row(), workflow)) {
                requireStep(em, workflow);
            }
            MawbWorkflowMapper.copyChangeable(workflow, update.row());
            return workflow.withVersion(update.flush());
        }));
    }

    @Override
    public Optional<MawbWorkflow> findByMawb(MawbId mawbId) {
        Objects.requireNonNull(mawbId, "mawbId");
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(MawbWorkflowEntity.class, mawbId.value()))
                .map(MawbWorkflowMapper::toDomain));
    }

    @Override
    public List<MawbWorkflow> findByMawbs(Collection<MawbId> mawbIds) {
        Objects.requireNonNull(mawbIds, "mawbIds");
        List<UUID> distinct = mawbIds.stream().map(MawbId::value).distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        return units.inUnitOfWork(em -> {
            List<MawbWorkflow> found = new ArrayList<>(distinct.size());
            for (int from = 0; from < distinct.size(); from += MAX_IDS_PER_QUERY) {
                em.createQuery("select w from MawbWorkflowEntity w where w.mawbId in :ids", MawbWorkflowEntity.class)
                        .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + MAX_IDS_PER_QUERY)))
                        .getResultStream()
                        .map(MawbWorkflowMapper::toDomain)
                        .forEach(found::add);
            }
            return found;
        });
    }

    @Override
    public void addTransition(WorkflowTransition transition) {
        Objects.requireNonNull(transition, "transition");
        WriteTarget target = WriteTarget.insertOf(TRANSITION, transition.mawbId() + "/" + transition.seq())
                .unique("seq", transition.seq())
                .referring("mawbId", transition.mawbId());
        units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            WorkflowTransitionEntity row = MawbWorkflowMapper.toEntity(transition);
            em.persist(row);
            em.flush();
            em.detach(row);
            return null;
        }));
    }

    @Override
    public List<WorkflowTransition> findTransitions(MawbId mawbId) {
        Objects.requireNonNull(mawbId, "mawbId");
        return units.inUnitOfWork(em -> {
            List<WorkflowTransitionEntity> rows = em
                    .createQuery("select t from WorkflowTransitionEntity t where t.mawbId = :mawbId order by t.seq",
                            WorkflowTransitionEntity.class)
                    .setParameter("mawbId", mawbId.value())
                    .getResultList();
            rows.forEach(em::detach);
            return rows.stream().map(MawbWorkflowMapper::toDomain).toList();
        });
    }

    /** Refuses a workflow at a step its definition (code and version) lacks, before anything is written. */
    private static void requireStep(EntityManager em, MawbWorkflow workflow) {
        boolean defined = !em.createQuery("select s.stepCode from WorkflowStepEntity s where s.workflowCode = :code"
                        + " and s.workflowVersion = :version and s.stepCode = :step", String.class)
                .setParameter("code", workflow.workflowCode())
                .setParameter("version", workflow.workflowVersion())
                .setParameter("step", workflow.currentStep())
                .getResultList()
                .isEmpty();
        if (!defined) {
            throw new ValidationException("currentStep", "workflow " + workflow.workflowCode() + " v"
                    + workflow.workflowVersion() + " has no step " + workflow.currentStep());
        }
    }
}
