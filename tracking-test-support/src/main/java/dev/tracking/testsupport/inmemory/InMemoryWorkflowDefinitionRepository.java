package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link WorkflowDefinitionRepository} in memory. As the SQL schema's foreign key does, it refuses a step whose advance
 * feature is not in the feature catalogue ({@link InMemoryPermissionRepository#saveFeature}).
 */
public class InMemoryWorkflowDefinitionRepository implements WorkflowDefinitionRepository {

    static final String ENTITY = "workflow definition";

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryWorkflowDefinitionRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void insert(WorkflowDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        store.apply(t -> {
            String key = key(definition.code(), definition.version());
            if (t.workflowDefinitions.containsKey(key)) {
                throw new DuplicateException(ENTITY, "version", definition.code() + " v" + definition.version());
            }
            for (WorkflowStep step : definition.steps()) {
                if (!t.features.containsKey(step.advanceFeature())) {
                    throw new ValidationException("advanceFeature", "step " + step.code()
                            + " names the unknown feature " + step.advanceFeature());
                }
            }
            t.workflowDefinitions.put(key, definition);
            return null;
        });
    }

    @Override
    public Optional<WorkflowDefinition> find(String code, int version) {
        return store.apply(t -> Optional.ofNullable(t.workflowDefinitions.get(key(code, version))));
    }

    @Override
    public Optional<WorkflowDefinition> findLatest(String code) {
        return store.apply(t -> t.workflowDefinitions.values().stream()
                .filter(d -> d.code().equals(code))
                .max(Comparator.comparingInt(WorkflowDefinition::version)));
    }

    private static String key(String code, int version) {
        return code + "/" + version;
    }
}
