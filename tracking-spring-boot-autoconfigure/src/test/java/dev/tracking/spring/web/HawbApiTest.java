package dev.tracking.spring.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class HawbApiTest extends ApiTestSupport {

    private static final String HAWBS = BASE + "/hawbs";

    private static String hawbJson(String mawbId, String number) {
        return """
                {"mawbId": "%s", "hawbNumber": "%s",
                 "shipper": {"name": "Hydraulik Nord GmbH", "countryCode": "de"},
                 "consignee": {"name": "Midwest Hydraulics Inc."},
                 "pieces": 3, "weight": {"amount": "310.25", "unit": "KG"}, "description": "Gear pumps"}
                """.formatted(mawbId, number);
    }

    private ResultActions postHawb(String json) throws Exception {
        return mvc.perform(post(HAWBS).with(admin()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void creates_reads_and_lists_the_hawbs_of_a_mawb() throws Exception {
        String mawbId = createMawbId();
        postHawb(hawbJson(mawbId, "ham0042"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.hawbNumber").value("HAM0042"))
                .andExpect(jsonPath("$.mawbId").value(mawbId))
                .andExpect(jsonPath("$.shipper.countryCode").value("DE"))
                .andExpect(jsonPath("$.weight.amount").value("310.25"))
                .andExpect(jsonPath("$.status").value("CREATED"));
        String second = createHawbId(mawbId, "HAM0043");
        getAsAdmin(HAWBS + "/" + second).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.hawbNumber").value("HAM0043"));
        mvc.perform(get(HAWBS).with(viewer()).param("mawbId", mawbId).param("sort", "hawbNumber,asc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].hawbNumber").value("HAM0042"))
                .andExpect(jsonPath("$.items[1].hawbNumber").value("HAM0043"));
        mvc.perform(get(HAWBS).with(viewer()).param("mawbId", mawbId).param("q", "0043").param("limit", "1"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(second));
    }

    @Test
    void names_the_offending_fields() throws Exception {
        String mawbId = createMawbId();
        postHawb("{\"mawbId\": \"" + mawbId + "\", \"hawbNumber\": \"HAM-42!\", \"pieces\": 0}")
                .andExpect(invalid("hawbNumber"))
                .andExpect(invalid("shipper"))
                .andExpect(invalid("consignee"))
                .andExpect(invalid("weight"));
        postHawb(hawbJson("not-a-uuid", "HAM1"))
                .andExpect(invalid("mawbId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("must be a UUID")));
        postHawb(hawbJson(mawbId, "HAM1").replace("\"pieces\": 3", "\"pieces\": 0"))
                .andExpect(invalid("pieces"));
        mvc.perform(get(HAWBS).with(admin()).param("mawbId", "x")).andExpect(invalid("mawbId"));
        mvc.perform(get(HAWBS).with(admin()).param("sort", "eta")).andExpect(invalid("sort"));
    }

    @Test
    void answers_404_under_an_unknown_mawb_and_409_for_a_taken_number() throws Exception {
        postHawb(hawbJson(UUID.randomUUID().toString(), "HAM1")).andExpect(problem(404, "not-found"));
        String mawbId = createMawbId();
        postHawb(hawbJson(mawbId, "HAM1")).andExpect(status().isCreated());
        postHawb(hawbJson(mawbId, "HAM1")).andExpect(problem(409, "duplicate"));
        getAsAdmin(HAWBS + "/" + UUID.randomUUID()).andExpect(problem(404, "not-found"));
    }

    @Test
    void updates_with_if_match_and_answers_412_when_stale_and_428_without() throws Exception {
        String mawbId = createMawbId();
        String id = createHawbId(mawbId, "HAM7");
        String changed = hawbJson(mawbId, "HAM7").replace("\"pieces\": 3", "\"pieces\": 4");
        mvc.perform(put(HAWBS + "/" + id).with(admin()).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(problem(428, "precondition-required"));
        mvc.perform(put(HAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.pieces").value(4));
        mvc.perform(put(HAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(problem(412, "precondition-failed"));
        mvc.perform(put(HAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "\"7\", \"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"3\""));
        mvc.perform(put(HAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"pieces\": 5}"))
                .andExpect(invalid("shipper"))
                .andExpect(invalid("weight"));
    }

    @Test
    void answers_403_naming_the_feature() throws Exception {
        String mawbId = createMawbId();
        mvc.perform(post(HAWBS).with(viewer()).contentType(MediaType.APPLICATION_JSON)
                        .content(hawbJson(mawbId, "HAM9")))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("hawb.write"));
        mvc.perform(get(HAWBS).with(uploader()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("hawb.read"));
    }
}
