package dev.tracking.spring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers requests without (valid) authentication with 401 as {@code application/problem+json}, type
 * {@link ProblemTypes#UNAUTHENTICATED}. Plug it into the host's security configuration:
 *
 * <pre>{@code
 * http.exceptionHandling(e -> e.authenticationEntryPoint(new ProblemAuthenticationEntryPoint("Bearer")));
 * }</pre>
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemJsonWriter writer;
    private final String wwwAuthenticate;

    /** Without a {@code WWW-Authenticate} challenge. */
    public ProblemAuthenticationEntryPoint() {
        this(null, null);
    }

    /** @param wwwAuthenticate the challenge sent, such as {@code Bearer} or {@code Basic realm="tracking"}; may be null */
    public ProblemAuthenticationEntryPoint(String wwwAuthenticate) {
        this(null, wwwAuthenticate);
    }

    public ProblemAuthenticationEntryPoint(ObjectMapper mapper, String wwwAuthenticate) {
        this.writer = new ProblemJsonWriter(mapper);
        this.wwwAuthenticate = wwwAuthenticate;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        ProblemMapper.Problem problem = ProblemMapper.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                "Unauthenticated", "sign in to use this API");
        problem.body().setInstance(URI.create(request.getRequestURI()));
        if (wwwAuthenticate != null && !wwwAuthenticate.isBlank()) {
            problem.headers().set(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
        }
        writer.write(response, problem);
    }
}
