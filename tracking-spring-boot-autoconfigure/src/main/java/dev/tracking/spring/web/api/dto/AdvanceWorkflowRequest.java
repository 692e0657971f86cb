package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** Advance a MAWB's workflow from the step the caller believes is current. */
public record AdvanceWorkflowRequest(
        @Schema(example = "PRE_ALERT") String expectedStep) {
}
