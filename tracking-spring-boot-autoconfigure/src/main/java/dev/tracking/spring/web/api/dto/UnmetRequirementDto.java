package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** One requirement that keeps a MAWB from the next step. */
public record UnmetRequirementDto(
        @Schema(example = "DOCUMENT:COMMERCIAL_INVOICE") String requirement,
        String message) {
}
