package dev.tracking.sample.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.mawb.Mawb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what over HTTP: for each demo user (admin, operator, viewer) and a representative set of endpoints,
 * the expected success or a 403 problem naming the feature the user's role lacks; 401 without (valid) credentials;
 * Swagger UI, the OpenAPI document and health open to all.
 */
class SecurityMatrixTest extends SampleApplicationTestSupport {

    private static final String ADMIN = "admin";
    private static final String OPERATOR = "operator";
    private static final String VIEWER = "viewer";
    private static final List<String> ROLES = List.of(ADMIN, OPERATOR, VIEWER);

    /** A request to make, prepared by the test (fresh records where the call changes something). */
    record Call(String method, String path, Object body) {
    }

    @FunctionalInterface
    interface Preparation {
        Call prepare(SecurityMatrixTest test) throws Exception;
    }

    /**
     * One endpoint of the matrix: the roles that may use it and the status they get, and the feature the others lack.
     */
    record Endpoint(String name, Set<String> allowed, int success, String feature, Preparation preparation) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        Set<String> everyone = Set.of(ADMIN, OPERATOR, VIEWER);
        Set<String> staff = Set.of(ADMIN, OPERATOR);
        Set<String> admins = Set.of(ADMIN);
        return List.of(
                new Endpoint("GET /mawbs (list)", everyone, 200, "mawb.read",
                        t -> new Call("GET", "/api/v1/mawbs?limit=5", null)),
                new Endpoint("POST /mawbs (create)", staff, 201, "mawb.write",
                        t -> new Call("POST", "/api/v1/mawbs", createMawbRequest(nextAwbNumber()))),
                new Endpoint("GET /workflows/mawb/{id} (status)", everyone, 200, "workflow.read",
                        t -> new Call("GET", "/api/v1/workflows/mawb/" + t.mawbReadyForDocsComplete().id(), null)),
                new Endpoint("POST /workflows/mawb/{id}/advance", staff, 200, "workflow.advance", t -> {
                    Mawb mawb = t.mawbReadyForDocsComplete();
                    return new Call("POST", "/api/v1/workflows/mawb/" + mawb.id() + "/advance",
                            Map.of("expectedStep", "PRE_ALERT"));
                }),
                new Endpoint("GET /jobs (list)", everyone, 200, "jobs.read",
                        t -> new Call("GET", "/api/v1/jobs?limit=5", null)),
                new Endpoint("PUT /jobs/paused-types/{type} (pause)", admins, 204, "jobs.cancel",
                        t -> new Call("PUT", "/api/v1/jobs/paused-types/sample-matrix", null)),
                new Endpoint("DELETE /jobs/paused-types/{type} (resume)", staff, 204, "jobs.retry",
                        t -> new Call("DELETE", "/api/v1/jobs/paused-types/sample-matrix", null)),
                new Endpoint("GET /audit-log (search)", everyone, 200, "audit.read",
                        t -> new Call("GET", "/api/v1/audit-log?limit=5", null)),
                new Endpoint("GET /audit-log/export (CSV)", admins, 200, "audit.export",
                        t -> new Call("GET", "/api/v1/audit-log/export?entity=MAWB", null)),
                new Endpoint("GET /permissions/roles", admins, 200, "admin.permissions",
                        t -> new Call("GET", "/api/v1/permissions/roles", null)),
                new Endpoint("PUT /permissions/roles/{role}/features/{feature} (grant)", admins, 201,
                        "admin.permissions",
                        t -> new Call("PUT", "/api/v1/permissions/roles/matrix-" + UUID.randomUUID()
                                + "/features/dashboard.read", null)));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String role : ROLES) {
                cases.add(Arguments.of(role, endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matrix")
    void eachDemoUserGetsWhatTheirRoleGrants(String user, Endpoint endpoint) throws Exception {
        Call call = endpoint.preparation().prepare(this);
        SampleHttp.Reply reply = http().send(user, call.method(), call.path(), call.body(), Map.of());

        if (endpoint.allowed().contains(user)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(endpoint.success());
        } else {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            JsonNode problem = reply.json();
            assertThat(problem.get("status").asInt()).isEqualTo(403);
            assertThat(problem.get("feature").asString()).as(reply.toString()).isEqualTo(endpoint.feature());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutCredentialsEveryApiCallIs401(Endpoint endpoint) throws Exception {
        Call call = endpoint.preparation().prepare(this);
        SampleHttp.Reply reply = http().send(null, call.method(), call.path(), call.body(), Map.of());

        assertUnauthenticated(reply);
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIs401() {
        assertUnauthenticated(http().getWithPassword(OPERATOR, "not-the-password", "/api/v1/mawbs"));
        assertUnauthenticated(http().getWithPassword("mallory", "mallory", "/api/v1/mawbs"));
    }

    @Test
    void eachDemoUserSeesTheirOwnFeatures() {
        Set<String> admin = features(ADMIN);
        Set<String> operator = features(OPERATOR);
        Set<String> viewer = features(VIEWER);

        assertThat(admin).contains("admin.permissions", "audit.export", "jobs.cancel", "workflow.admin",
                "mawb.write", "mawb.read");
        assertThat(operator).contains("mawb.write", "workflow.advance", "bills.write", "attachments.write",
                "jobs.retry").doesNotContain("admin.permissions", "audit.export", "jobs.cancel", "workflow.admin");
        assertThat(viewer).contains("mawb.read", "workflow.read", "jobs.read", "audit.read")
                .allMatch(feature -> feature.endsWith(".read"));
        assertThat(admin).containsAll(operator);
        assertThat(operator).containsAll(viewer);
    }

    @Test
    void swaggerUiTheOpenApiDocumentAndHealthAreOpen() {
        SampleHttp http = http();
        assertThat(http.get(null, "/swagger-ui/index.html").expect(200).text()).contains("Swagger UI");
        JsonNode openApi = http.get(null, "/v3/api-docs").expect(200).json();
        assertThat(openApi.get("paths").has("/api/v1/mawbs")).isTrue();
        assertThat(openApi.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(http.get(null, "/actuator/health").expect(200).json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get(null, "/").status()).isEqualTo(302);
    }

    @Test
    void actuatorEndpointsBeyondHealthAreForAdminsOnly() {
        SampleHttp http = http();
        assertUnauthenticated(http.get(null, "/actuator/metrics"));
        SampleHttp.Reply viewer = http.get(VIEWER, "/actuator/metrics");
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.contentType()).startsWith("application/problem+json");
        http.get(ADMIN, "/actuator/metrics").expect(200);
        assertThat(http.get(ADMIN, "/actuator/health").expect(200).json().at("/components/tracking/status")
                .asString()).isEqualTo("UP");
    }

    private Set<String> features(String user) {
        Set<String> features = new java.util.TreeSet<>();
        http().get(user, "/api/v1/permissions/me").expect(200).json().get("features")
                .forEach(feature -> features.add(feature.asString()));
        return features;
    }

    private static void assertUnauthenticated(SampleHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
    }
}
