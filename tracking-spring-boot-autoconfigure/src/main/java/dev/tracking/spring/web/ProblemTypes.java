package dev.tracking.spring.web;

import java.net.URI;

/**
 * The {@code type} URIs of the problem details (RFC 9457) the REST API answers with. Each names one kind of error; a
 * client branches on the type, never on the detail text.
 */
public final class ProblemTypes {

    /** Where the problem types live. */
    public static final String BASE = "https://tracking.dev/problems/";

    /** 400: the request named fields that are missing or wrong; {@code errors} lists each. */
    public static final URI VALIDATION = type("validation");
    /** 401: nobody is signed in. */
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    /** 403: the user lacks the feature the use case needs; {@code feature} names it. */
    public static final URI PERMISSION_DENIED = type("permission-denied");
    /** 404: the record (or the route) does not exist. */
    public static final URI NOT_FOUND = type("not-found");
    /** 405: the route does not take this HTTP method. */
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    /** 406: the route cannot answer in a media type the client accepts. */
    public static final URI NOT_ACCEPTABLE = type("not-acceptable");
    /** 409: a record with the same unique key exists. */
    public static final URI DUPLICATE = type("duplicate");
    /** 409: someone else changed the record first. */
    public static final URI VERSION_CONFLICT = type("version-conflict");
    /** 409: the workflow's next step has requirements that do not hold; {@code unmetRequirements} lists them. */
    public static final URI UNMET_REQUIREMENTS = type("unmet-requirements");
    /** 409: the workflow is not at the step the caller expected; {@code currentStep} says where it is. */
    public static final URI STALE_STEP = type("stale-step");
    /** 412: the {@code If-Match} version is not the current one. */
    public static final URI PRECONDITION_FAILED = type("precondition-failed");
    /** 413: the upload is larger than allowed; {@code maxBytes} says how large it may be. */
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    /** 415: the request body, or the uploaded file, is of a media type the route does not take. */
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    /** 428: an update needs {@code If-Match} with the version read. */
    public static final URI PRECONDITION_REQUIRED = type("precondition-required");
    /** 500: something unexpected went wrong; {@code errorId} finds it in the server's log. */
    public static final URI INTERNAL = type("internal");

    private static URI type(String name) {
        return URI.create(BASE + name);
    }

    private ProblemTypes() {
    }
}
