package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.measure.VolumeUnit;
import io.swagger.v3.oas.annotations.media.Schema;

/** A volume: a decimal string and CBM or CFT. */
public record VolumeDto(
        @Schema(example = "7.25") String amount,
        VolumeUnit unit) {
}
