package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps a {@link WorkflowDefinition} to its {@code workflow_steps} rows and back. The schema keeps a step's lists as
 * comma-separated text, the empty string for none: sets (file types, conditions, FSU codes) are written sorted so the
 * same step is always stored the same way (as the schema's seed rows are), entry actions in the order they run.
 */
final class WorkflowDefinitionMapper {

    private static final String SEPARATOR = ",";

    /** {@code required_file_types}, {@code required_conditions} and {@code entry_actions} are {@code varchar(500)}. */
    private static final int LIST_LENGTH = 500;

    /** {@code advance_on_events varchar(200)}. */
    private static final int EVENTS_LENGTH = 200;

    static List<WorkflowStepEntity> toEntities(WorkflowDefinition definition) {
        return definition.steps().stream().map(step -> toEntity(definition, step)).toList();
    }

    private static WorkflowStepEntity toEntity(WorkflowDefinition definition, WorkflowStep step) {
        WorkflowStepEntity entity = new WorkflowStepEntity();
        entity.workflowCode = definition.code();
        entity.workflowVersion = definition.version();
        entity.stepCode = step.code();
        entity.name = step.name();
        entity.position = step.position();
        entity.requiredFileTypes = joined("requiredFileTypes", step.requiredFileTypes().stream().sorted().toList(),
                LIST_LENGTH);
        entity.requiredConditions = joined("requiredConditions", sortedNames(step.requiredConditions()),
                LIST_LENGTH);
        entity.entryActions = joined("entryActions", step.entryActions().stream().map(Enum::name).toList(),
                LIST_LENGTH);
        entity.advanceFeature = step.advanceFeature();
        entity.advanceOnEvents = joined("advanceOnEvents", sortedNames(step.advanceOnEvents()), EVENTS_LENGTH);
        entity.appliesWhen = step.appliesWhen().name();
        return entity;
    }

    /**
     * The definition the rows of one code and version make up.
     *
     * @param rows every step row of the definition, in any order; not empty
     */
    static WorkflowDefinition toDomain(List<WorkflowStepEntity> rows) {
        WorkflowStepEntity first = rows.get(0);
        return new WorkflowDefinition(first.workflowCode, first.workflowVersion,
                rows.stream().map(WorkflowDefinitionMapper::toDomain).toList());
    }

    private static WorkflowStep toDomain(WorkflowStepEntity row) {
        return new WorkflowStep(row.stepCode, row.name, row.position,
                Set.copyOf(split(row.requiredFileTypes, Function.identity())),
                Set.copyOf(split(row.requiredConditions, Condition::valueOf)),
                split(row.entryActions, EntryAction::valueOf),
                row.advanceFeature,
                Set.copyOf(split(row.advanceOnEvents, FsuCode::valueOf)),
                Applicability.valueOf(row.appliesWhen));
    }

    private static List<String> sortedNames(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /**
     * The values as the column keeps them. A value that is empty or holds the separator could not be read back, and a
     * list longer than the column is refused by the database: both are a {@link ValidationException} on the field.
     */
    private static String joined(String field, List<String> values, int maxLength) {
        for (String value : values) {
            if (value.isEmpty() || value.contains(SEPARATOR)) {
                throw new ValidationException(field, "'" + value + "' cannot be stored: a value must not be empty"
                        + " or hold a comma");
            }
        }
        String text = String.join(SEPARATOR, values);
        if (text.length() > maxLength) {
            throw new ValidationException(field, "the list is too long to store: at most " + maxLength
                    + " characters, commas included");
        }
        return text;
    }

    private static <T> List<T> split(String text, Function<String, T> parse) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(SEPARATOR, -1)).map(parse).collect(Collectors.toUnmodifiableList());
    }

    private WorkflowDefinitionMapper() {
    }
}
