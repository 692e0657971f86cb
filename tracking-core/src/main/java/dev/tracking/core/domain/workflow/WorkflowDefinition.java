package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned standard operating procedure: its steps in order. A MAWB keeps the version it started with when a newer
 * version is defined.
 */
public record WorkflowDefinition(String code, int version, List<WorkflowStep> steps) {

    public WorkflowDefinition {
        code = Check.requiredText(code, "code", 40);
        if (version < 1) {
            throw new ValidationException("version", "must be 1 or more");
        }
        if (steps == null || steps.size() < 2) {
            throw new ValidationException("steps", "a workflow needs at least two steps");
        }
        steps = steps.stream().sorted(Comparator.comparingInt(WorkflowStep::position)).toList();
        Set<String> codes = new HashSet<>();
        Set<Integer> positions = new HashSet<>();
        for (WorkflowStep step : steps) {
            if (!codes.add(step.code())) {
                throw new ValidationException("steps", "step " + step.code() + " is defined twice");
            }
            if (!positions.add(step.position())) {
                throw new ValidationException("steps", "two steps share position " + step.position());
            }
        }
    }

    public WorkflowStep first() {
        return steps.get(0);
    }

    public Optional<WorkflowStep> step(String stepCode) {
        return steps.stream().filter(s -> s.code().equals(stepCode)).findFirst();
    }

    /** The step after {@code current} that applies to the MAWB, skipping those that do not; empty at the end. */
    public Optional<WorkflowStep> nextAfter(String current, ShipmentFacts facts) {
        int index = indexOf(current);
        for (int i = index + 1; i < steps.size(); i++) {
            if (steps.get(i).appliesWhen().appliesTo(facts)) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether events with these codes could move a MAWB on from {@code current}, whatever its facts: false when the
     * step they would have to enter (the first step after {@code current} that applies to every MAWB, or any
     * conditional step before it) names none of them. Saves reading the facts of MAWBs that events cannot move.
     */
    public boolean mayAdvanceOn(String current, Collection<String> codes) {
        for (int i = indexOf(current) + 1; i < steps.size(); i++) {
            WorkflowStep step = steps.get(i);
            if (step.advanceOnEvents().stream().anyMatch(fsu -> codes.contains(fsu.name()))) {
                return true;
            }
            if (step.appliesWhen() == Applicability.ALWAYS) {
                return false;
            }
        }
        return false;
    }

    public boolean isLast(String stepCode) {
        return steps.get(steps.size() - 1).code().equals(stepCode);
    }

    private int indexOf(String stepCode) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).code().equals(stepCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException("workflow " + code + " v" + version + " has no step " + stepCode);
    }
}
