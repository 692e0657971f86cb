package dev.tracking.spring.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class DashboardApiTest extends ApiTestSupport {

    @Test
    void answers_the_figures() throws Exception {
        createMawbId();
        mvc.perform(get(BASE + "/dashboard/stats").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.countsByStatus.CREATED").isNumber())
                .andExpect(jsonPath("$.countsByStatus.DELIVERED").isNumber())
                .andExpect(jsonPath("$.arrivingToday").isNumber())
                .andExpect(jsonPath("$.lastFreeDayWithin3Days").isNumber())
                .andExpect(jsonPath("$.lastFreeDayOverdue").isNumber())
                .andExpect(jsonPath("$.openIscBills").isArray())
                .andExpect(jsonPath("$.asOf").value("2025-03-16T12:00:00Z"));
    }

    @Test
    void answers_403_naming_dashboard_read() throws Exception {
        mvc.perform(get(BASE + "/dashboard/stats").with(uploader()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("dashboard.read"));
    }
}
