package dev.tracking.spring.web;

import dev.tracking.spring.web.api.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers with problem details the errors under {@value ApiPaths#BASE} that arise before a tracking controller was
 * chosen: no route (404), a method the route does not take (405), a media type it does not take or give (415, 406), an
 * upload over the servlet's multipart limit (413). Errors of a chosen tracking controller are left to
 * {@link TrackingProblemHandler}; everything outside the API, and the host's own controllers, are left alone.
 */
public class ApiProblemExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemExceptionResolver.class);

    private final ProblemMapper problems;
    private final ProblemJsonWriter writer;

    public ApiProblemExceptionResolver(ProblemMapper problems, ProblemJsonWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception error) {
        if (handler instanceof HandlerMethod || !ApiPaths.isApiRequest(request) || response.isCommitted()) {
            return null;
        }
        ProblemMapper.Problem problem = problems.toProblem(error, request);
        if (problem == null) {
            return null;
        }
        try {
            writer.write(response, problem);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not write the problem response", e);
        }
        return new ModelAndView();
    }

    /** Right after Spring Boot's error attributes, before Spring MVC's own resolvers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
