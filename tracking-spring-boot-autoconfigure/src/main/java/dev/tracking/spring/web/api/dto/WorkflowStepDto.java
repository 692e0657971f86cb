package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.EntryAction;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;

/** A step of a workflow definition. */
public record WorkflowStepDto(
        String code,
        String name,
        Integer position,
        Set<String> requiredFileTypes,
        Set<Condition> requiredConditions,
        List<EntryAction> entryActions,
        @Schema(example = "workflow.advance") String advanceFeature,
        Set<FsuCode> advanceOnEvents,
        Applicability appliesWhen) {
}
