package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.common.DomainEvent;
import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;

/** A MAWB entered a step of its workflow (its first step, when the MAWB was created). */
public record WorkflowStepEntered(MawbId mawbId, String workflowCode, int workflowVersion, String fromStep,
        String toStep, TransitionTrigger trigger, String triggerCode, Instant at, String actor)
        implements DomainEvent {
}
