package dev.tracking.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

class AuditApiTest extends ApiTestSupport {

    private static final String AUDIT = BASE + "/audit-log";

    @Test
    void searches_by_entity_actor_and_time() throws Exception {
        String mawbId = createMawbId();
        mvc.perform(get(AUDIT).with(viewer()).param("entity", "MAWB").param("recordId", mawbId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].entity").value("MAWB"))
                .andExpect(jsonPath("$.items[0].recordId").value(mawbId))
                .andExpect(jsonPath("$.items[0].action").value("INSERT"))
                .andExpect(jsonPath("$.items[0].actor").value("anna"))
                .andExpect(jsonPath("$.items[0].at").value("2025-03-16T12:00:00Z"))
                .andExpect(jsonPath("$.items[0].hash").isNotEmpty());
        mvc.perform(get(AUDIT).with(viewer()).param("actor", "anna").param("action", "INSERT")
                        .param("from", "2025-03-16T11:00:00Z").param("to", "2025-03-16T13:30:00+01:00")
                        .param("limit", "1").param("direction", "ASC"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actor").value("anna"))
                .andExpect(jsonPath("$.nextCursor").isNotEmpty());
    }

    @Test
    void shows_a_record_history_oldest_first() throws Exception {
        String awb = newAwbNumber();
        String mawbId = com.jayway.jsonpath.JsonPath.read(body(mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(BASE + "/mawbs")
                        .with(admin()).contentType(MediaType.APPLICATION_JSON).content(mawbJson(awb)))), "$.id");
        mvc.perform(put(BASE + "/mawbs/" + mawbId).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(mawbJson(awb).replace("\"pieces\": 12", "\"pieces\": 13")))
                .andExpect(status().isOk());
        mvc.perform(get(AUDIT + "/records/MAWB/" + mawbId).with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("INSERT"))
                .andExpect(jsonPath("$.items[1].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[1].changes['details.pieces'].before").value("12"))
                .andExpect(jsonPath("$.items[1].changes['details.pieces'].after").value("13"));
    }

    @Test
    void exports_csv_with_a_header_and_a_row_per_entry() throws Exception {
        String mawbId = createMawbId();
        MockHttpServletResponse response = mvc.perform(get(AUDIT + "/export").with(admin())
                        .param("entity", "MAWB").param("recordId", mawbId))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"audit-log-20250316T120000Z.csv\""))
                .andReturn().getResponse();
        String csv = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo("seq,at,entity,record_id,action,actor,changes,correlation_id,context,previous_hash,hash");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",MAWB," + mawbId));
        assertThat(lines.get(1)).contains(",INSERT,anna,");
    }

    @Test
    void exports_every_entry_of_a_time_window() throws Exception {
        createMawbId();
        String csv = body(mvc.perform(get(AUDIT + "/export").with(admin())
                        .param("from", "2025-03-16T00:00:00Z").param("to", "2025-03-17T00:00:00Z"))
                .andExpect(status().isOk()));
        assertThat(csv.split("\r\n").length).isGreaterThan(2);
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void refuses_bad_filters_and_users_without_the_features() throws Exception {
        mvc.perform(get(AUDIT).with(admin()).param("recordId", "x")).andExpect(invalid("entity"));
        mvc.perform(get(AUDIT).with(admin()).param("from", "2025-03-17T00:00:00Z")
                .param("to", "2025-03-16T00:00:00Z")).andExpect(invalid("to"));
        mvc.perform(get(AUDIT).with(admin()).param("action", "ERASE")).andExpect(invalid("action"));
        mvc.perform(get(AUDIT + "/export").with(admin()).param("from", "not a time"))
                .andExpect(invalid("from"));
        mvc.perform(get(AUDIT + "/export").with(viewer()).accept("text/csv"))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("audit.export"))
                .andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION));
        mvc.perform(get(AUDIT).with(uploader()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("audit.read"));
    }

    @Test
    void verifies_the_chain() throws Exception {
        createMawbId();
        getAsAdmin(AUDIT + "/verify")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entriesChecked").isNumber());
        mvc.perform(get(AUDIT + "/verify").with(viewer()))
                .andExpect(jsonPath("$.feature").value("audit.verify"));
        mvc.perform(get(BASE + "/permissions/features").with(admin()))
                .andExpect(jsonPath("$.features", hasItem("audit.verify")));
    }
}
