package dev.tracking.spring.web.api.dto;

import java.util.List;

/** A versioned workflow definition. */
public record WorkflowDefinitionDto(
        String code,
        int version,
        List<WorkflowStepDto> steps) {
}
