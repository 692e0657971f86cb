package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** Another party's reference, such as a booking number. */
public record ReferenceDto(
        @Schema(example = "BOOKING") String type,
        String value) {
}
