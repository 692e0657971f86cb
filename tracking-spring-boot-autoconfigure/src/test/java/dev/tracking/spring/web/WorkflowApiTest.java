package dev.tracking.spring.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class WorkflowApiTest extends ApiTestSupport {

    private static final String WORKFLOWS = BASE + "/workflows";

    @BeforeEach
    void documentTypes() throws Exception {
        commercialInvoice();
        fileType("MAWB", "pdf", "application/pdf", 10 * 1024 * 1024);
        fileType("PACKING_LIST", "pdf", "application/pdf", 10 * 1024 * 1024);
    }

    private ResultActions advance(String mawbId, String body) throws Exception {
        return mvc.perform(post(WORKFLOWS + "/mawb/" + mawbId + "/advance").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void attach(String mawbId, String fileType) throws Exception {
        mvc.perform(multipart(BASE + "/mawbs/" + mawbId + "/attachments")
                        .file(new MockMultipartFile("file", fileType.toLowerCase() + ".pdf", "application/pdf",
                                "%PDF-1.7 test".getBytes()))
                        .param("fileType", fileType).with(admin()))
                .andExpect(status().isCreated());
    }

    @Test
    void shows_where_a_new_mawb_stands_and_what_keeps_it_from_the_next_step() throws Exception {
        String mawbId = createMawbId();
        getAsAdmin(WORKFLOWS + "/mawb/" + mawbId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mawbId").value(mawbId))
                .andExpect(jsonPath("$.workflowCode").value("US_AIR_IMPORT"))
                .andExpect(jsonPath("$.currentStep.code").value("PRE_ALERT"))
                .andExpect(jsonPath("$.nextStep.code").value("DOCS_COMPLETE"))
                .andExpect(jsonPath("$.mayAdvance").value(false))
                .andExpect(jsonPath("$.unmetRequirements[*].requirement", hasItem("DOCUMENT:COMMERCIAL_INVOICE")))
                .andExpect(jsonPath("$.history", hasSize(1)))
                .andExpect(jsonPath("$.history[0].enteredBy").value("anna"))
                .andExpect(jsonPath("$.history[0].enteredAt").value("2025-03-16T12:00:00Z"));
    }

    @Test
    void refuses_to_advance_listing_every_unmet_requirement() throws Exception {
        String mawbId = createMawbId();
        advance(mawbId, "{\"expectedStep\": \"PRE_ALERT\"}")
                .andExpect(problem(409, "unmet-requirements"))
                .andExpect(jsonPath("$.step").value("DOCS_COMPLETE"))
                .andExpect(jsonPath("$.unmetRequirements", hasSize(3)))
                .andExpect(jsonPath("$.unmetRequirements[*].requirement", hasItem("DOCUMENT:MAWB")))
                .andExpect(jsonPath("$.unmetRequirements[*].requirement", hasItem("DOCUMENT:PACKING_LIST")))
                .andExpect(jsonPath("$.unmetRequirements[0].message").isNotEmpty());
    }

    @Test
    void advances_once_the_documents_are_attached_and_refuses_a_stale_step() throws Exception {
        String mawbId = createMawbId();
        attach(mawbId, "MAWB");
        attach(mawbId, "COMMERCIAL_INVOICE");
        attach(mawbId, "PACKING_LIST");
        advance(mawbId, "{\"expectedStep\": \"PRE_ALERT\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentStep.code").value("DOCS_COMPLETE"))
                .andExpect(jsonPath("$.history", hasSize(2)));
        advance(mawbId, "{\"expectedStep\": \"PRE_ALERT\"}")
                .andExpect(problem(409, "stale-step"))
                .andExpect(jsonPath("$.currentStep").value("DOCS_COMPLETE"))
                .andExpect(jsonPath("$.expectedStep").value("PRE_ALERT"));
    }

    @Test
    void names_a_missing_expected_step_and_answers_404_for_an_unknown_mawb() throws Exception {
        String mawbId = createMawbId();
        advance(mawbId, "{}").andExpect(invalid("expectedStep"));
        advance(UUID.randomUUID().toString(), "{\"expectedStep\": \"PRE_ALERT\"}")
                .andExpect(problem(404, "not-found"));
        getAsAdmin(WORKFLOWS + "/mawb/" + UUID.randomUUID()).andExpect(problem(404, "not-found"));
        getAsAdmin(WORKFLOWS + "/mawb/123").andExpect(invalid("id"));
    }

    @Test
    void answers_403_naming_the_step_feature_for_a_viewer() throws Exception {
        String mawbId = createMawbId();
        mvc.perform(post(WORKFLOWS + "/mawb/" + mawbId + "/advance").with(viewer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expectedStep\": \"PRE_ALERT\"}"))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("workflow.advance"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get(WORKFLOWS + "/mawb/" + mawbId).with(uploader()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("workflow.read"));
    }

    @Test
    void reads_and_defines_workflow_definitions() throws Exception {
        getAsAdmin(WORKFLOWS + "/definitions/US_AIR_IMPORT")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.steps[0].code").value("PRE_ALERT"))
                .andExpect(jsonPath("$.steps[1].requiredFileTypes", hasItem("COMMERCIAL_INVOICE")));
        getAsAdmin(WORKFLOWS + "/definitions/US_AIR_IMPORT/versions/1").andExpect(status().isOk());
        getAsAdmin(WORKFLOWS + "/definitions/NO_SUCH_FLOW").andExpect(problem(404, "not-found"));
        String code = "TEST_FLOW_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post(WORKFLOWS + "/definitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "steps": [
                                  {"code": "OPEN", "name": "Open", "position": 10},
                                  {"code": "DONE", "name": "Done", "position": 20,
                                   "requiredConditions": ["DELIVERED"], "advanceOnEvents": ["DLV"]}]}
                                """.formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.steps[1].advanceFeature").value("workflow.advance"))
                .andExpect(jsonPath("$.steps[1].appliesWhen").value("ALWAYS"));
        mvc.perform(post(WORKFLOWS + "/definitions").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"X_FLOW\", \"steps\": [{\"code\": \"open\", \"name\": \"Open\", "
                                + "\"position\": 1}, {\"code\": \"B\", \"position\": 2}]}"))
                .andExpect(invalid("steps[0].code"))
                .andExpect(invalid("steps[1].name"));
        mvc.perform(post(WORKFLOWS + "/definitions").with(viewer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"Y_FLOW\", \"steps\": [{\"code\": \"A\", \"name\": \"A\", "
                                + "\"position\": 1}, {\"code\": \"B\", \"name\": \"B\", \"position\": 2}]}"))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("workflow.admin"));
    }
}
