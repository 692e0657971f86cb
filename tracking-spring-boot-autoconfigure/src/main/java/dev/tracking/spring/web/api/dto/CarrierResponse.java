package dev.tracking.spring.web.api.dto;

/** An airline; {@code version} is also its ETag. */
public record CarrierResponse(
        String designator,
        String awbPrefix,
        String name,
        boolean active,
        TrackingEndpointResponse trackingEndpoint,
        long version) {
}
