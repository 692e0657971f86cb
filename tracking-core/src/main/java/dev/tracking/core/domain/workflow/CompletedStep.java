package dev.tracking.core.domain.workflow;

import java.time.Instant;

/** A step a MAWB entered: when, by whom, and what moved it there. */
public record CompletedStep(String code, String name, Instant enteredAt, String enteredBy,
        TransitionTrigger trigger, String triggerCode) {
}
