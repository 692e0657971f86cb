package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.util.Objects;

/**
 * One move of a MAWB into a step: who, when, and what caused it.
 *
 * @param seq         1 for the start, then one more for each move
 * @param fromStep    the step it left; null for the start
 * @param triggerCode the event code that moved it, for {@link TransitionTrigger#EVENT}; otherwise null
 */
public record WorkflowTransition(MawbId mawbId, int seq, String fromStep, String toStep, TransitionTrigger trigger,
        String triggerCode, String movedBy, Instant movedAt) {

    public WorkflowTransition {
        Objects.requireNonNull(mawbId, "mawbId");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        Objects.requireNonNull(toStep, "toStep");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(movedBy, "movedBy");
        Objects.requireNonNull(movedAt, "movedAt");
    }
}
