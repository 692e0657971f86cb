package dev.tracking.core.port.in.workflow;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import java.util.List;

/**
 * Define a new version of a workflow (version 1 for a new code). MAWBs already on an older version keep it; MAWBs
 * created afterwards start on this one.
 */
public record DefineWorkflowCommand(String code, List<WorkflowStep> steps) {

    public DefineWorkflowCommand {
        code = Check.requiredText(code, "code", 40);
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new ValidationException("code", "must be capital letters, digits and underscores");
        }
        steps = steps == null ? List.of() : List.copyOf(steps);
        Check check = Check.start();
        for (int i = 0; i < steps.size(); i++) {
            check.that(Feature.isWellFormed(steps.get(i).advanceFeature()), "steps[" + i + "].advanceFeature",
                    "must be a feature code such as workflow.advance");
        }
        check.orThrow();
        new WorkflowDefinition(code, 1, steps);
    }

    /** The definition as the given version. */
    public WorkflowDefinition toDefinition(int version) {
        return new WorkflowDefinition(code, version, steps);
    }
}
