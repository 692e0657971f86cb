package dev.tracking.spring.web.api.dto;

/** Where the platform fetches a carrier's status updates. Without an apiKey an update keeps the stored one. */
public record TrackingEndpointRequest(
        String url,
        String username,
        String apiKey) {
}
