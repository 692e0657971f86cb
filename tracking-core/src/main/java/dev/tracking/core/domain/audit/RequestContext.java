package dev.tracking.core.domain.audit;

import java.util.Map;

/**
 * What the host knows about the current request or job.
 *
 * @param correlationId the request or job id, may be null
 * @param attributes    such as {@code ip} and {@code userAgent}
 */
public record RequestContext(String correlationId, Map<String, String> attributes) {

    public static final int MAX_CORRELATION_ID_LENGTH = 200;

    /** Over-long correlation ids are cut to {@value #MAX_CORRELATION_ID_LENGTH} characters. */
    public RequestContext {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (correlationId != null && correlationId.length() > MAX_CORRELATION_ID_LENGTH) {
            correlationId = correlationId.substring(0, MAX_CORRELATION_ID_LENGTH);
        }
    }

    public static RequestContext empty() {
        return new RequestContext(null, Map.of());
    }
}
