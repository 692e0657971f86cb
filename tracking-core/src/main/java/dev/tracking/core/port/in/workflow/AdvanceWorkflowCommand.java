package dev.tracking.core.port.in.workflow;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.MawbId;

/**
 * Move a MAWB to the next step of its workflow.
 *
 * @param expectedStep the step the caller believes is current; when it is not, nothing moves (a conflict), so a
 *                     double submission never skips two steps
 */
public record AdvanceWorkflowCommand(MawbId mawbId, String expectedStep) {

    public AdvanceWorkflowCommand {
        Check.start()
                .notNull(mawbId, "mawbId")
                .that(expectedStep != null && !expectedStep.isBlank(), "expectedStep", "must name the current step")
                .orThrow();
        expectedStep = expectedStep.strip();
    }
}
