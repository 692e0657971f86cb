package dev.tracking.sample.boot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the sample's API: HTTP Basic, JSON in and out, multipart uploads. */
final class SampleHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    SampleHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A request as {@code user} (whose password is the user name, as for the demo users), or anonymous when null. */
    Reply send(String user, String method, String path, Object jsonBody, Map<String, String> headers) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody instanceof String text ? text
                        : JSON.writeValueAsString(jsonBody));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(authenticated(request, user, user).build());
    }

    Reply get(String user, String path) {
        return send(user, "GET", path, null, Map.of());
    }

    Reply post(String user, String path, Object jsonBody) {
        return send(user, "POST", path, jsonBody, Map.of());
    }

    /** Uploads {@code content} as the multipart form field {@code file}, with {@code fileType}. */
    Reply upload(String user, String path, String fileType, String fileName, String mediaType, byte[] content) {
        String boundary = "----sample" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        write(form, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fileType\"\r\n\r\n" + fileType
                + "\r\n");
        write(form, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
        form.writeBytes(content);
        write(form, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()));
        return send(authenticated(request, user, user).build());
    }

    /** A request with a password of the caller's choice (a wrong one, say). */
    Reply getWithPassword(String user, String password, String path) {
        return send(authenticated(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .GET(), user, password).build());
    }

    private static HttpRequest.Builder authenticated(HttpRequest.Builder request, String user, String password) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(request.method() + " " + request.uri().getPath(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A response, with its body as text or JSON. */
    record Reply(String request, HttpResponse<byte[]> response) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        byte[] bytes() {
            return response.body();
        }

        JsonNode json() {
            return JSON.readTree(response.body());
        }

        /** The reply, after checking its status; otherwise fails naming the request, the status and the body. */
        Reply expect(int expectedStatus) {
            if (status() != expectedStatus) {
                throw new AssertionError(request + ": expected HTTP " + expectedStatus + " but got " + status() + ": "
                        + text());
            }
            return this;
        }

        @Override
        public String toString() {
            return request + " -> " + status() + " " + text();
        }
    }
}
