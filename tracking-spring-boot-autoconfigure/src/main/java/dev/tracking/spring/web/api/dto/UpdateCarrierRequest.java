package dev.tracking.spring.web.api.dto;

/** A carrier's new name, endpoint and whether it is active; its codes never change. */
public record UpdateCarrierRequest(
        String name,
        Boolean active,
        TrackingEndpointRequest trackingEndpoint) {
}
