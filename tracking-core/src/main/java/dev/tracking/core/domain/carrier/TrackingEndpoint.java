package dev.tracking.core.domain.carrier;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import java.net.URI;

/**
 * Where and how the platform fetches a carrier's status updates.
 *
 * @param url      an https (or, for tests, http) address
 * @param username may be null
 * @param apiKey   secret; may be null. Audit entries never show it.
 */
public record TrackingEndpoint(URI url, String username, String apiKey) {

    public TrackingEndpoint {
        Check.required(url, "trackingEndpoint.url");
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new ValidationException("trackingEndpoint.url", "must be an http or https address");
        }
        username = Check.optionalText(username, "trackingEndpoint.username", 200);
        apiKey = Check.optionalText(apiKey, "trackingEndpoint.apiKey", 500);
    }

    @Override
    public String toString() {
        return "TrackingEndpoint[url=" + url + ", username=" + username + ", apiKey=" + (apiKey == null ? null : "***")
                + "]";
    }
}
