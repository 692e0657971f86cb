package dev.tracking.core.port.in.workflow;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStatus;

/**
 * A MAWB's standard operating procedure: where it stands, moving it on, and the definitions. A MAWB's workflow starts
 * when the MAWB is created, in the same unit of work; steps whose definition names events also move by themselves when
 * those events arrive.
 */
public interface WorkflowUseCases {

    /**
     * The current step, the steps entered with who and when, what keeps the MAWB from the next step, and its upcoming
     * reminders. Needs {@code workflow.read}.
     *
     * @throws dev.tracking.core.domain.common.NotFoundException when the MAWB (or its workflow) does not exist
     */
    WorkflowStatus status(MawbId mawbId);

    /**
     * Moves the MAWB into the next step that applies to it, running the step's entry actions (reminders). Needs the
     * feature the step names (by default {@code workflow.advance}).
     *
     * @throws dev.tracking.core.domain.workflow.StaleStepException         when the MAWB is not at the expected step
     *                                                                      (also when another advance won a race)
     * @throws dev.tracking.core.domain.workflow.UnmetRequirementsException listing every requirement that does not hold
     * @throws dev.tracking.core.domain.common.ValidationException         when the MAWB is at the last step already
     * @throws dev.tracking.core.domain.common.NotFoundException           when the MAWB does not exist
     */
    WorkflowStatus advance(AdvanceWorkflowCommand command);

    /**
     * Stores the next version of a workflow. Needs {@code workflow.admin}.
     *
     * @return the definition as stored, with its version
     */
    WorkflowDefinition define(DefineWorkflowCommand command);

    /** One version of a definition. Needs {@code workflow.read}. */
    WorkflowDefinition definition(String code, int version);

    /** The latest version of a definition. Needs {@code workflow.read}. */
    WorkflowDefinition latestDefinition(String code);
}
