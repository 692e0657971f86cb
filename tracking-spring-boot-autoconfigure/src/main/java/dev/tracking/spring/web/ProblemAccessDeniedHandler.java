package dev.tracking.spring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers requests the host's security rules refuse with 403 as {@code application/problem+json}, type
 * {@link ProblemTypes#PERMISSION_DENIED} (without a {@code feature}: the host's rule refused, not a platform feature).
 * Refusals for lack of a platform feature are answered by the API itself, naming the feature.
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemJsonWriter writer;

    public ProblemAccessDeniedHandler() {
        this(null);
    }

    public ProblemAccessDeniedHandler(ObjectMapper mapper) {
        this.writer = new ProblemJsonWriter(mapper);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        ProblemMapper.Problem problem = ProblemMapper.problem(HttpStatus.FORBIDDEN, ProblemTypes.PERMISSION_DENIED,
                "Permission denied", "you may not use this resource");
        problem.body().setInstance(URI.create(request.getRequestURI()));
        writer.write(response, problem);
    }
}
