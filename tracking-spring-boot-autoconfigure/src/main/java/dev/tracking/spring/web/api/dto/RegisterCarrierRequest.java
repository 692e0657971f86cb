package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new carrier. */
public record RegisterCarrierRequest(
        @Schema(example = "LH") String designator,
        @Schema(example = "020") String awbPrefix,
        String name,
        Boolean active,
        TrackingEndpointRequest trackingEndpoint) {
}
