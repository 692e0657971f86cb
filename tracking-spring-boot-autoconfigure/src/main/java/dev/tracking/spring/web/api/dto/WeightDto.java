package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.measure.WeightUnit;
import io.swagger.v3.oas.annotations.media.Schema;

/** A weight: a decimal string and KG or LB. */
public record WeightDto(
        @Schema(example = "1250.5") String amount,
        WeightUnit unit) {
}
