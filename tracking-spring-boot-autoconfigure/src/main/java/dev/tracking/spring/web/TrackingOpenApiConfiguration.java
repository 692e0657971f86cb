package dev.tracking.spring.web;

import dev.tracking.spring.web.api.ApiPaths;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document of the API (served by springdoc at {@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui/index.html}): its title and description unless the host defines its own {@link OpenAPI}, and
 * the {@code Problem} schema with the error responses every route can give.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({OpenAPI.class, OpenApiCustomizer.class})
public class TrackingOpenApiConfiguration {

    /** The name of the problem details schema in the document. */
    public static final String PROBLEM_SCHEMA = "Problem";

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    public OpenAPI trackingOpenApi(TrackingWebProperties properties) {
        return new OpenAPI().info(new Info()
                .title(properties.getTitle())
                .version("v1")
                .description("Air-cargo tracking: MAWBs, HAWBs, status events, SOP workflows, documents, bills, "
                        + "jobs, the audit log and permissions. Timestamps are ISO-8601 with offsets, money is "
                        + "{\"amount\": \"85.00\", \"currency\": \"USD\"}, AWB numbers read 176-12345675. Updates "
                        + "need If-Match with the ETag read. Every error is application/problem+json (RFC 9457) "
                        + "with a type under " + ProblemTypes.BASE + "."));
    }

    @Bean
    @ConditionalOnMissingBean(name = "trackingProblemResponses")
    public OpenApiCustomizer trackingProblemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith(ApiPaths.BASE)) {
                    item.readOperationsMap().forEach((method, operation) -> addProblems(path, method, operation));
                }
            });
        };
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        add(responses, "400", "invalid input; errors names each offending field");
        add(responses, "401", "not signed in");
        add(responses, "403", "the user lacks the feature the route needs; feature names it");
        if (path.contains("{")) {
            add(responses, "404", "no such record");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            add(responses, "409", "a duplicate, a version conflict or a workflow conflict");
        }
        if (method == PathItem.HttpMethod.PUT || path.endsWith("/payment") || path.endsWith("/void")) {
            add(responses, "412", "If-Match names a version that is no longer current");
            add(responses, "428", "If-Match is missing");
        }
        if (path.endsWith("/attachments") && method == PathItem.HttpMethod.POST) {
            add(responses, "413", "the file is larger than allowed; maxBytes says how large it may be");
            add(responses, "415", "the file's media type is not one its file type takes");
        }
        add(responses, "500", "an unexpected error; errorId finds it in the server's log");
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").example(ProblemTypes.VALIDATION.toString()));
        properties.put("title", new StringSchema().example("Invalid request"));
        properties.put("status", new IntegerSchema().example(400));
        properties.put("detail", new StringSchema());
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put("errors", new ArraySchema().items(new ObjectSchema()
                .addProperty("field", new StringSchema().example("flights[0].eta"))
                .addProperty("message", new StringSchema().example("must be after etd")))
                .description("400: every offending field"));
        properties.put("feature", new StringSchema().example("mawb.write").description("403: the feature lacking"));
        properties.put("unmetRequirements", new ArraySchema().items(new ObjectSchema()
                .addProperty("requirement", new StringSchema().example("DOCUMENT:COMMERCIAL_INVOICE"))
                .addProperty("message", new StringSchema()))
                .description("409 unmet-requirements: what keeps the MAWB from the step"));
        properties.put("currentStep", new StringSchema().description("409 stale-step: the step the MAWB is at"));
        properties.put("maxBytes", new IntegerSchema().format("int64").description("413: the largest file allowed"));
        properties.put("errorId", new StringSchema().description("500: finds the error in the server's log"));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties((Map) properties);
        schema.description("RFC 9457 problem details, as application/problem+json");
        return schema;
    }
}
