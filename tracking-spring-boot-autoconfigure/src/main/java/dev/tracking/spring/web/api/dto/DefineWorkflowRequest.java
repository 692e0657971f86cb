package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The next version of a workflow (version 1 for a new code). */
public record DefineWorkflowRequest(
        @Schema(example = "US_AIR_IMPORT") String code,
        List<WorkflowStepDto> steps) {
}
