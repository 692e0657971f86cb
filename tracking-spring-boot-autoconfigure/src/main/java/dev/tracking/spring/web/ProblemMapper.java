package dev.tracking.spring.web;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.PermissionDeniedException;
import dev.tracking.core.domain.common.TrackingException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.workflow.StaleStepException;
import dev.tracking.core.domain.workflow.UnmetRequirement;
import dev.tracking.core.domain.workflow.UnmetRequirementsException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Decides the problem details (RFC 9457) for every error the REST API meets: the core's typed errors, the web layer's
 * own ({@link ApiProblemException}) and Spring MVC's. Details never carry a stack trace or a Java class name; an
 * unexpected error answers 500 with a generic detail and an {@code errorId} that finds it in the log.
 */
public class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final String SECURITY_ACCESS_DENIED = "org.springframework.security.access.AccessDeniedException";
    private static final String SECURITY_AUTHENTICATION = "org.springframework.security.core.AuthenticationException";

    /** The status, extra headers and body of one problem response. */
    public record Problem(HttpStatusCode status, HttpHeaders headers, ProblemDetail body) {
    }

    /**
     * The problem {@code error} stands for, or null when it is not the API's to answer: Spring Security's
     * authentication and access-denied errors go to the host's security handling.
     */
    public Problem toProblem(Throwable error, HttpServletRequest request) {
        if (isSecurityError(error)) {
            return null;
        }
        Problem problem = map(error, request);
        if (request != null) {
            try {
                problem.body().setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException ignored) {
                // an instance is optional
            }
        }
        return problem;
    }

    /** Whether {@code error} is one of Spring Security's, which its own filters answer (401 and 403). */
    public static boolean isSecurityError(Throwable error) {
        for (Class<?> type = error.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(SECURITY_ACCESS_DENIED) || type.getName().equals(SECURITY_AUTHENTICATION)) {
                return true;
            }
        }
        return false;
    }

    private Problem map(Throwable error, HttpServletRequest request) {
        if (error instanceof ValidationException e) {
            return validation(e.getMessage(), e.violations());
        }
        if (error instanceof PermissionDeniedException e) {
            Problem p = problem(HttpStatus.FORBIDDEN, ProblemTypes.PERMISSION_DENIED, "Permission denied",
                    "you lack the feature " + e.feature());
            p.body().setProperty("feature", e.feature());
            return p;
        }
        if (error instanceof NotFoundException e) {
            Problem p = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
            p.body().setProperty("entity", e.entity());
            return p;
        }
        if (error instanceof DuplicateException e) {
            Problem p = problem(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE, "Duplicate", e.getMessage());
            p.body().setProperty("entity", e.entity());
            p.body().setProperty("field", e.field());
            return p;
        }
        if (error instanceof VersionConflictException e) {
            Problem p = problem(HttpStatus.CONFLICT, ProblemTypes.VERSION_CONFLICT, "Version conflict",
                    e.getMessage());
            p.body().setProperty("entity", e.entity());
            return p;
        }
        if (error instanceof UnmetRequirementsException e) {
            Problem p = problem(HttpStatus.CONFLICT, ProblemTypes.UNMET_REQUIREMENTS, "Unmet requirements",
                    e.getMessage());
            p.body().setProperty("step", e.step());
            List<Map<String, String>> unmet = new ArrayList<>();
            for (UnmetRequirement requirement : e.unmet()) {
                Map<String, String> item = new LinkedHashMap<>();
                item.put("requirement", requirement.requirement());
                item.put("message", requirement.message());
                unmet.add(item);
            }
            p.body().setProperty("unmetRequirements", unmet);
            return p;
        }
        if (error instanceof StaleStepException e) {
            Problem p = problem(HttpStatus.CONFLICT, ProblemTypes.STALE_STEP, "Stale workflow step", e.getMessage());
            p.body().setProperty("expectedStep", e.expectedStep());
            p.body().setProperty("currentStep", e.currentStep());
            return p;
        }
        if (error instanceof TrackingException e) {
            return internal(e, request);
        }
        if (error instanceof ApiProblemException e) {
            Problem p = problem(e.status(), e.type(), e.title(), e.getMessage());
            e.properties().forEach(p.body()::setProperty);
            return p;
        }
        return mapSpring(error, request);
    }

    private Problem mapSpring(Throwable error, HttpServletRequest request) {
        if (error instanceof HttpMessageNotReadableException e) {
            return validation("the request body cannot be read", JsonBindingErrors.violationsOf(e, null));
        }
        if (error instanceof MethodArgumentTypeMismatchException e) {
            return validation("parameter " + e.getName() + " is invalid",
                    List.of(new FieldViolation(e.getName(), JsonBindingErrors.expectation(elementType(e)))));
        }
        if (error instanceof MissingServletRequestParameterException e) {
            return validation("parameter " + e.getParameterName() + " is missing",
                    List.of(new FieldViolation(e.getParameterName(), "must be given")));
        }
        if (error instanceof MissingServletRequestPartException e) {
            return validation("part " + e.getRequestPartName() + " is missing",
                    List.of(new FieldViolation(e.getRequestPartName(), "must be given")));
        }
        if (error instanceof MissingRequestHeaderException e) {
            return validation("header " + e.getHeaderName() + " is missing",
                    List.of(new FieldViolation(e.getHeaderName(), "must be given")));
        }
        if (error instanceof MaxUploadSizeExceededException e) {
            Problem p = problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    e.getMaxUploadSize() >= 0 ? "the upload may be at most " + e.getMaxUploadSize() + " bytes"
                            : "the upload is larger than the server accepts");
            if (e.getMaxUploadSize() >= 0) {
                p.body().setProperty("maxBytes", e.getMaxUploadSize());
            }
            return p;
        }
        if (error instanceof MultipartException) {
            return validation("the request is not a readable multipart/form-data upload",
                    List.of(new FieldViolation("file", "must be sent as multipart/form-data")));
        }
        if (error instanceof HttpMediaTypeNotSupportedException e) {
            Problem p = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type", (e.getContentType() == null ? "a request without Content-Type"
                            : "Content-Type " + e.getContentType()) + " is not supported here; use one of "
                            + names(e.getSupportedMediaTypes()));
            p.body().setProperty("supportedMediaTypes", names(e.getSupportedMediaTypes()));
            p.headers().addAll(e.getHeaders());
            return p;
        }
        if (error instanceof HttpMediaTypeNotAcceptableException e) {
            Problem p = problem(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                    "this route answers in " + names(e.getSupportedMediaTypes()));
            p.body().setProperty("supportedMediaTypes", names(e.getSupportedMediaTypes()));
            return p;
        }
        if (error instanceof HttpRequestMethodNotSupportedException e) {
            Problem p = problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                    "this route does not take " + e.getMethod());
            p.headers().addAll(e.getHeaders());
            return p;
        }
        if (error instanceof NoResourceFoundException || error instanceof NoHandlerFoundException) {
            return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", "there is no such route");
        }
        if (error instanceof ErrorResponse e && e.getStatusCode().isError()) {
            return fromErrorResponse(e, error, request);
        }
        return internal(error, request);
    }

    private Problem fromErrorResponse(ErrorResponse response, Throwable error, HttpServletRequest request) {
        HttpStatusCode status = response.getStatusCode();
        if (status.is5xxServerError()) {
            return internal(error, request);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error " + status.value() : known.getReasonPhrase();
        String detail = response.getBody().getDetail() == null ? title : response.getBody().getDetail();
        if (status.value() == 400) {
            return validation(detail, List.of(new FieldViolation(JsonBindingErrors.BODY, detail)));
        }
        Problem p = problem(status, URI.create("about:blank"), title, detail);
        p.headers().addAll(response.getHeaders());
        return p;
    }

    private Problem internal(Throwable error, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unexpected error {} answering {} {}", errorId, request == null ? "?" : request.getMethod(),
                request == null ? "?" : request.getRequestURI(), error);
        Problem p = problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "something went wrong on our side; quote the errorId when you report it");
        p.body().setProperty("errorId", errorId);
        return p;
    }

    /** 400 listing every offending field. */
    public static Problem validation(String detail, List<FieldViolation> violations) {
        Problem p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request", detail);
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldViolation violation : violations) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("field", violation.field());
            item.put("message", violation.message());
            errors.add(item);
        }
        p.body().setProperty("errors", errors);
        return p;
    }

    /** A problem of a type with a title and a detail, and no extra headers yet. */
    public static Problem problem(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(type);
        body.setTitle(title);
        return new Problem(status, new HttpHeaders(), body);
    }

    private static Class<?> elementType(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
            Class<?> element = type.isArray() ? type.getComponentType()
                    : ResolvableType.forMethodParameter(e.getParameter()).asCollection().resolveGeneric(0);
            return element == null ? type : element;
        }
        return type;
    }

    private static List<String> names(List<MediaType> mediaTypes) {
        return mediaTypes.stream().map(MediaType::toString).toList();
    }
}
