package dev.tracking.spring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details straight to a servlet response, as {@code application/problem+json}: for the places outside
 * Spring MVC's message conversion (security entry points, the handler-less error resolver).
 */
public final class ProblemJsonWriter {

    private final ObjectMapper mapper;

    public ProblemJsonWriter(ObjectMapper mapper) {
        this.mapper = mapper == null ? JsonMapper.builder().build() : mapper;
    }

    public ProblemJsonWriter() {
        this(null);
    }

    public void write(HttpServletResponse response, ProblemMapper.Problem problem) throws IOException {
        response.setStatus(problem.status().value());
        problem.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        mapper.writeValue(response.getOutputStream(), toJson(problem.body()));
        response.flushBuffer();
    }

    /** The members of a problem detail as RFC 9457 lays them out: the standard ones, then the extensions. */
    public static Map<String, Object> toJson(ProblemDetail problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.getType().toString());
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            json.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            json.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(json::putIfAbsent);
        }
        return json;
    }
}
