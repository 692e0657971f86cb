package dev.tracking.core.domain.audit;

import java.util.Map;

/**
 * What the host knows about the current request or job.
 *
 * @param correlationId the request or job id, may be null
 * @param attributes    such as {@code ip} and {@code userAgent}
 */
public record RequestContext(String correlationId, Map<String, String> attributes) {

    public RequestContext {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static RequestContext empty() {
        return new RequestContext(null, Map.of());
    }
}
