package dev.tracking.spring.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;

/**
 * An error the web layer itself raises (the core's errors are its own types): a status, a problem type, a detail and
 * extension properties, rendered as problem details by {@link TrackingProblemHandler}.
 */
public final class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final transient Map<String, Object> properties;

    public ApiProblemException(HttpStatus status, URI type, String title, String detail,
            Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** 412: the {@code If-Match} header names a version that is not the current one. */
    public static ApiProblemException preconditionFailed(String detail) {
        return new ApiProblemException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED,
                "Precondition failed", detail, null);
    }

    /** 428: an update came without {@code If-Match}. */
    public static ApiProblemException preconditionRequired() {
        return new ApiProblemException(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
                "Precondition required",
                "send the ETag you read in If-Match, such as If-Match: \"3\", so no one else's change is overwritten",
                null);
    }

    /** 413: an upload is larger than {@code maxBytes}. */
    public static ApiProblemException payloadTooLarge(long maxBytes) {
        return new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                "Payload too large", "the file may be at most " + maxBytes + " bytes", Map.of("maxBytes", maxBytes));
    }

    /** 415: an uploaded file's media type is not one its file type takes. */
    public static ApiProblemException unsupportedMediaType(String mediaType, String fileType, Set<String> supported) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("supportedMediaTypes", new TreeSet<>(supported));
        return new ApiProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type", fileType + " files must be one of " + new TreeSet<>(supported) + ", not "
                        + (mediaType == null ? "a file without a media type" : mediaType),
                properties);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
