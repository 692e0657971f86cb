package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** A container (ISO 6346) or ULD; {@code kind} is set in responses only. */
public record EquipmentDto(
        @Schema(example = "PMC72534LH") String id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, allowableValues = {"CONTAINER", "ULD"}) String kind,
        String sealNumber) {
}
