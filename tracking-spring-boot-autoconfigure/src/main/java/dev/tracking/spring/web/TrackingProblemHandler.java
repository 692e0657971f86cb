package dev.tracking.spring.web;

import dev.tracking.spring.web.api.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every error of the tracking API's controllers with {@code application/problem+json} (RFC 9457), as
 * {@link ProblemMapper} decides. It applies to the tracking controllers only, so the host's own controllers keep
 * their error handling; errors that arise before a controller is chosen (no route, wrong method or media type, an
 * upload over the servlet's limit) are answered by {@link ApiProblemExceptionResolver}. Spring Security's errors are
 * left to the host's security configuration.
 */
@RestControllerAdvice(basePackageClasses = ApiPaths.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class TrackingProblemHandler {

    private final ProblemMapper problems;

    public TrackingProblemHandler(ProblemMapper problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> handle(Exception error, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        if (response.isCommitted()) {
            throw error;
        }
        ProblemMapper.Problem problem = problems.toProblem(error, request);
        if (problem == null) {
            throw error;
        }
        return ResponseEntity.status(problem.status())
                .headers(problem.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.body());
    }
}
