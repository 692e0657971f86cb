package dev.tracking.spring.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class OpenApiTest extends ApiTestSupport {

    @Test
    void serves_the_openapi_document_with_every_route_and_the_problem_schema() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.info.title").value("Tracking API"))
                .andExpect(jsonPath("$.info.version").value("v1"))
                .andExpect(jsonPath("$.paths['/api/v1/mawbs'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/mawbs'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/mawbs/{id}'].put.responses['412']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/mawbs/{id}'].put.responses['428']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/mawbs/{id}/events'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/hawbs/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/workflows/mawb/{id}/advance'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/jobs/{id}/retry'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/carriers'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/file-types'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/dashboard/stats'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit-log/export'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/mawbs/{id}/attachments'].post.responses['413']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/attachments/{id}/content'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/bills/{id}/payment'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/permissions/roles/{role}/features/{feature}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/mawbs'].post.responses['400'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
                .andExpect(jsonPath("$.components.schemas.MawbResponse").exists());
    }

    @Test
    void serves_swagger_ui() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
    }
}
