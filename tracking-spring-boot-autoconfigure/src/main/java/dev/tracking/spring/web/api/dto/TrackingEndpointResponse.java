package dev.tracking.spring.web.api.dto;

/** A carrier's tracking endpoint; the API key is never shown, only whether one is set. */
public record TrackingEndpointResponse(
        String url,
        String username,
        boolean apiKeySet) {
}
