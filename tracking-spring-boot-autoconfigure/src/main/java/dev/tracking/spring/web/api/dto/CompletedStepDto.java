package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.workflow.TransitionTrigger;
import java.time.OffsetDateTime;

/** A step a MAWB entered: when, by whom, what moved it. */
public record CompletedStepDto(
        String code,
        String name,
        OffsetDateTime enteredAt,
        String enteredBy,
        TransitionTrigger trigger,
        String triggerCode) {
}
