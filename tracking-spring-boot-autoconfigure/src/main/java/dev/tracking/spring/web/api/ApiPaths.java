package dev.tracking.spring.web.api;

import jakarta.servlet.http.HttpServletRequest;

/** Where the REST API lives. */
public final class ApiPaths {

    /** The base path of every route of the API. */
    public static final String BASE = "/api/v1";

    private ApiPaths() {
    }

    /** Whether the request is for a route under {@link #BASE} (within the servlet context). */
    public static boolean isApiRequest(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length())
                : uri;
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }
}
