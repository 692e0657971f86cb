package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link WorkflowDefinitionRepository} over {@code workflow_definitions} (a key row per version,
 * {@link WorkflowDefinitionEntity}) and {@code workflow_steps} ({@link WorkflowStepEntity}), one row per step. A
 * definition is read with all its steps in one query. An insert checks first, in the caller's unit of work, that the
 * code and version are new and that every step's advance feature is in the catalogue, so that a refused definition
 * costs no failed statement and stores nothing; the key row and the foreign key stay the guard against racing
 * writers. Rows are detached as soon as they are read or written: a definition never changes once stored.
 */
final class JpaWorkflowDefinitionRepository implements WorkflowDefinitionRepository {

    static final String ENTITY = "workflow definition";

    private final EntityManagerBinding units;

    JpaWorkflowDefinitionRepository(EntityManagerBinding units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public void insert(WorkflowDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        String version = definition.code() + " v" + definition.version();
        List<WorkflowStepEntity> rows = WorkflowDefinitionMapper.toEntities(definition);
        WriteTarget target = WriteTarget.insertOf(ENTITY, version).unique("version", version)
                .referring("advanceFeature", features(definition));
        units.inUnitOfWork(em -> {
            if (isStored(em, definition.code(), definition.version())) {
                throw new DuplicateException(ENTITY, "version", version);
            }
            requireKnownFeatures(em, definition);
            return PersistenceErrors.translating(em, target, () -> {
                WorkflowDefinitionEntity key = new WorkflowDefinitionEntity(definition.code(), definition.version());
                em.persist(key);
                em.flush();
                rows.forEach(em::persist);
                em.flush();
                em.detach(key);
                rows.forEach(em::detach);
                return null;
            });
        });
    }

    @Override
    public Optional<WorkflowDefinition> find(String code, int version) {
        Objects.requireNonNull(code, "code");
        return units.inUnitOfWork(em -> definitionOf(em, em
                .createQuery("select s from WorkflowStepEntity s"
                        + " where s.workflowCode = :code and s.workflowVersion = :version order by s.position",
                        WorkflowStepEntity.class)
                .setParameter("code", code)
                .setParameter("version", version)));
    }

    @Override
    public Optional<WorkflowDefinition> findLatest(String code) {
        Objects.requireNonNull(code, "code");
        return units.inUnitOfWork(em -> definitionOf(em, em
                .createQuery("select s from WorkflowStepEntity s where s.workflowCode = :code"
                        + " and s.workflowVersion = (select max(l.workflowVersion) from WorkflowStepEntity l"
                        + " where l.workflowCode = :code) order by s.position", WorkflowStepEntity.class)
                .setParameter("code", code)));
    }

    private static boolean isStored(EntityManager em, String code, int version) {
        return em.find(WorkflowDefinitionEntity.class, new WorkflowDefinitionEntity.Key(code, version)) != null;
    }

    /** Refuses a step whose advance feature the catalogue lacks, before any row is written. */
    private static void requireKnownFeatures(EntityManager em, WorkflowDefinition definition) {
        Set<String> known = new HashSet<>(em
                .createQuery("select f.code from FeatureEntity f where f.code in :codes", String.class)
                .setParameter("codes", List.copyOf(features(definition)))
                .getResultList());
        for (WorkflowStep step : definition.steps()) {
            if (!known.contains(step.advanceFeature())) {
                throw new ValidationException("advanceFeature", "step " + step.code() + " names the unknown feature "
                        + step.advanceFeature());
            }
        }
    }

    private static Set<String> features(WorkflowDefinition definition) {
        Set<String> features = new TreeSet<>();
        definition.steps().forEach(step -> features.add(step.advanceFeature()));
        return features;
    }

    /** The definition of the steps the query finds, each detached; empty when it finds none. */
    private static Optional<WorkflowDefinition> definitionOf(EntityManager em,
            TypedQuery<WorkflowStepEntity> steps) {
        List<WorkflowStepEntity> rows = steps.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        rows.forEach(em::detach);
        return Optional.of(WorkflowDefinitionMapper.toDomain(rows));
    }
}
