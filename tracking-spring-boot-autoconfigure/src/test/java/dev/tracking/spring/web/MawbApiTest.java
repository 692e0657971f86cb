package dev.tracking.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class MawbApiTest extends ApiTestSupport {

    private static final String MAWBS = BASE + "/mawbs";

    private ResultActions postMawb(String json) throws Exception {
        return mvc.perform(post(MAWBS).with(admin()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Nested
    class Create {

        @Test
        void answers_201_with_location_etag_and_the_mawb_in_api_form() throws Exception {
            String awb = newAwbNumber();
            ResultActions created = postMawb(mawbJson(awb))
                    .andExpect(status().isCreated())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.awbNumber").value(awb))
                    .andExpect(jsonPath("$.carrier").value("LH"))
                    .andExpect(jsonPath("$.status").value("CREATED"))
                    .andExpect(jsonPath("$.origin").value("FRA"))
                    .andExpect(jsonPath("$.weight.amount").value("1250.5"))
                    .andExpect(jsonPath("$.weight.unit").value("KG"))
                    .andExpect(jsonPath("$.flights[0].etd").value("2025-03-15T13:05:00+01:00"))
                    .andExpect(jsonPath("$.flights[0].eta").value("2025-03-15T15:20:00-05:00"))
                    .andExpect(jsonPath("$.eta").value("2025-03-15T15:20:00-05:00"))
                    .andExpect(jsonPath("$.createdAt").value("2025-03-16T12:00:00Z"))
                    .andExpect(jsonPath("$.lastFreeDay").value("2025-03-18"))
                    .andExpect(jsonPath("$.equipment[0].kind").value("ULD"))
                    .andExpect(jsonPath("$.references[0].type").value("BOOKING"))
                    .andExpect(jsonPath("$.version").value(1));
            String id = JsonPath.read(body(created), "$.id");
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(headerOf(created, HttpHeaders.LOCATION)).endsWith(MAWBS + "/" + id);
        }

        @Test
        void names_every_missing_field() throws Exception {
            postMawb("{\"awbNumber\": \"" + newAwbNumber() + "\", \"pieces\": 3}")
                    .andExpect(invalid("origin"))
                    .andExpect(invalid("destination"))
                    .andExpect(invalid("shipper"))
                    .andExpect(invalid("consignee"))
                    .andExpect(invalid("weight"));
        }

        @Test
        void names_nested_fields() throws Exception {
            String json = mawbJson(newAwbNumber())
                    .replace("\"name\": \"Bosch Rexroth AG\"", "\"name\": \" \"")
                    .replace("\"etd\": \"2025-03-15T13:05:00+01:00\"", "\"etd\": \"2025-03-16T13:05:00+01:00\"")
                    .replace("\"PMC72534LH\"", "\"CSQU3054384\"");
            postMawb(json)
                    .andExpect(invalid("shipper.name"))
                    .andExpect(invalid("flights[0].eta"))
                    .andExpect(invalid("equipment[0].id"));
        }

        @Test
        void refuses_a_wrong_check_digit_naming_awbNumber() throws Exception {
            postMawb(mawbJson("020-12345670"))
                    .andExpect(invalid("awbNumber"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("5")));
        }

        @Test
        void refuses_an_unknown_carrier_prefix() throws Exception {
            postMawb(mawbJson("176-12345675")).andExpect(invalid("awbNumber"));
        }

        @Test
        void names_fields_of_the_wrong_json_type() throws Exception {
            postMawb(mawbJson(newAwbNumber()).replace("\"pieces\": 12", "\"pieces\": \"twelve\""))
                    .andExpect(invalid("pieces"))
                    .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
            postMawb(mawbJson(newAwbNumber()).replace("\"unit\": \"KG\"", "\"unit\": \"STONE\""))
                    .andExpect(invalid("weight.unit"))
                    .andExpect(jsonPath("$.errors[0].message").value("must be one of [KG, LB]"));
            postMawb(mawbJson(newAwbNumber()).replace("\"2025-03-15T13:05:00+01:00\"", "\"next tuesday\""))
                    .andExpect(invalid("flights[0].etd"));
            postMawb(mawbJson(newAwbNumber()).replace("\"2025-03-18\"", "\"18.03.2025\""))
                    .andExpect(invalid("lastFreeDay"));
        }

        @Test
        void refuses_malformed_json_and_a_missing_body() throws Exception {
            postMawb("{\"awbNumber\": ").andExpect(invalid("body"));
            mvc.perform(post(MAWBS).with(admin()).contentType(MediaType.APPLICATION_JSON))
                    .andExpect(invalid("body"));
        }

        @Test
        void answers_409_for_a_taken_awb_number() throws Exception {
            String awb = newAwbNumber();
            postMawb(mawbJson(awb)).andExpect(status().isCreated());
            postMawb(mawbJson(awb)).andExpect(problem(409, "duplicate"));
        }

        @Test
        void answers_403_naming_the_feature_for_a_user_without_it() throws Exception {
            mvc.perform(post(MAWBS).with(viewer()).contentType(MediaType.APPLICATION_JSON)
                            .content(mawbJson(newAwbNumber())))
                    .andExpect(problem(403, "permission-denied"))
                    .andExpect(jsonPath("$.feature").value("mawb.write"));
        }

        @Test
        void answers_401_without_authentication() throws Exception {
            mvc.perform(post(MAWBS).contentType(MediaType.APPLICATION_JSON).content(mawbJson(newAwbNumber())))
                    .andExpect(problem(401, "unauthenticated"));
        }

        @Test
        void answers_415_for_another_media_type() throws Exception {
            mvc.perform(post(MAWBS).with(admin()).contentType(MediaType.TEXT_PLAIN).content("hello"))
                    .andExpect(problem(415, "unsupported-media-type"))
                    .andExpect(jsonPath("$.supportedMediaTypes", hasItem("application/json")));
        }
    }

    @Nested
    class Read {

        @Test
        void answers_the_mawb_with_its_etag() throws Exception {
            String id = createMawbId();
            getAsAdmin(MAWBS + "/" + id)
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                    .andExpect(jsonPath("$.id").value(id));
        }

        @Test
        void answers_304_when_the_etag_still_matches() throws Exception {
            String id = createMawbId();
            mvc.perform(get(MAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_NONE_MATCH, "\"1\""))
                    .andExpect(status().isNotModified());
        }

        @Test
        void finds_a_mawb_by_its_awb_number() throws Exception {
            String mawb = createMawb();
            String awb = JsonPath.read(mawb, "$.awbNumber");
            getAsAdmin(MAWBS + "/by-number/" + awb).andExpect(jsonPath("$.id").value((String) JsonPath.read(mawb,
                    "$.id")));
        }

        @Test
        void answers_404_for_an_unknown_id_and_400_for_a_malformed_one() throws Exception {
            getAsAdmin(MAWBS + "/" + UUID.randomUUID()).andExpect(problem(404, "not-found"));
            getAsAdmin(MAWBS + "/not-a-uuid").andExpect(invalid("id"))
                    .andExpect(jsonPath("$.errors[0].message").value(
                            org.hamcrest.Matchers.startsWith("must be a UUID")));
        }

        @Test
        void answers_403_for_a_user_without_mawb_read() throws Exception {
            String id = createMawbId();
            mvc.perform(get(MAWBS + "/" + id).with(uploader()))
                    .andExpect(problem(403, "permission-denied"))
                    .andExpect(jsonPath("$.feature").value("mawb.read"));
        }
    }

    @Nested
    class Update {

        private String changed(String mawbJson) {
            return mawbJson.replace("\"pieces\": 12", "\"pieces\": 14");
        }

        @Test
        void with_the_current_etag_answers_the_new_version() throws Exception {
            String awb = newAwbNumber();
            String id = JsonPath.read(body(postMawb(mawbJson(awb))), "$.id");
            String etag = headerOf(getAsAdmin(MAWBS + "/" + id), HttpHeaders.ETAG);
            mvc.perform(put(MAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, etag)
                            .contentType(MediaType.APPLICATION_JSON).content(changed(mawbJson(awb))))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                    .andExpect(jsonPath("$.pieces").value(14))
                    .andExpect(jsonPath("$.version").value(2));
        }

        @Test
        void with_a_stale_etag_answers_412_and_changes_nothing() throws Exception {
            String awb = newAwbNumber();
            String id = JsonPath.read(body(postMawb(mawbJson(awb))), "$.id");
            mvc.perform(put(MAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                    .contentType(MediaType.APPLICATION_JSON).content(changed(mawbJson(awb))))
                    .andExpect(status().isOk());
            mvc.perform(put(MAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(mawbJson(awb)))
                    .andExpect(problem(412, "precondition-failed"));
            getAsAdmin(MAWBS + "/" + id).andExpect(jsonPath("$.pieces").value(14))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        }

        @Test
        void without_if_match_answers_428() throws Exception {
            String awb = newAwbNumber();
            String id = JsonPath.read(body(postMawb(mawbJson(awb))), "$.id");
            mvc.perform(put(MAWBS + "/" + id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                            .content(changed(mawbJson(awb))))
                    .andExpect(problem(428, "precondition-required"));
        }

        @Test
        void with_a_weak_etag_answers_412_and_with_a_star_updates_the_current_version() throws Exception {
            String awb = newAwbNumber();
            String id = JsonPath.read(body(postMawb(mawbJson(awb))), "$.id");
            mvc.perform(put(MAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "W/\"1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(changed(mawbJson(awb))))
                    .andExpect(problem(412, "precondition-failed"));
            mvc.perform(put(MAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "*")
                            .contentType(MediaType.APPLICATION_JSON).content(changed(mawbJson(awb))))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        }

        @Test
        void names_the_offending_fields() throws Exception {
            String awb = newAwbNumber();
            String id = JsonPath.read(body(postMawb(mawbJson(awb))), "$.id");
            mvc.perform(put(MAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(mawbJson(awb).replace("\"destination\": \"ORD\"", "\"destination\": \"FRA\"")))
                    .andExpect(invalid("destination"));
        }

        @Test
        void keeps_the_customs_status_events_set_unless_the_update_states_one() throws Exception {
            String awb = newAwbNumber();
            String id = JsonPath.read(body(postMawb(mawbJson(awb))), "$.id");
            mvc.perform(post(MAWBS + "/" + id + "/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\": \"CRC\", \"timeType\": \"ACTUAL\", "
                                    + "\"occurredAt\": \"2025-03-16T08:00:00-05:00\", \"location\": \"ORD\"}"))
                    .andExpect(status().isCreated());
            String etag = headerOf(getAsAdmin(MAWBS + "/" + id).andExpect(jsonPath("$.customs").value("REPORTED")),
                    HttpHeaders.ETAG);
            mvc.perform(put(MAWBS + "/" + id).with(admin()).header(HttpHeaders.IF_MATCH, etag)
                            .contentType(MediaType.APPLICATION_JSON).content(changed(mawbJson(awb))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.customs").value("REPORTED"));
        }

        @Test
        void answers_404_for_an_unknown_mawb() throws Exception {
            mvc.perform(put(MAWBS + "/" + UUID.randomUUID()).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(mawbJson(newAwbNumber())))
                    .andExpect(problem(404, "not-found"));
        }

        @Test
        void answers_403_for_a_viewer() throws Exception {
            String awb = newAwbNumber();
            String id = JsonPath.read(body(postMawb(mawbJson(awb))), "$.id");
            mvc.perform(put(MAWBS + "/" + id).with(viewer()).header(HttpHeaders.IF_MATCH, "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(changed(mawbJson(awb))))
                    .andExpect(problem(403, "permission-denied"))
                    .andExpect(jsonPath("$.feature").value("mawb.write"));
        }
    }

    @Nested
    class ListMawbs {

        @Test
        void pages_with_a_cursor_without_repeating_or_skipping() throws Exception {
            List<String> ids = List.of(createMawbId(), createMawbId(), createMawbId());
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = get(MAWBS).with(admin()).param("limit", "2").param("sort", "createdAt,asc");
                if (cursor != null) {
                    request.param("cursor", cursor);
                }
                String page = body(mvc.perform(request).andExpect(status().isOk())
                        .andExpect(jsonPath("$.items", org.hamcrest.Matchers.hasSize(
                                org.hamcrest.Matchers.lessThanOrEqualTo(2)))));
                List<String> pageIds = JsonPath.read(page, "$.items[*].id");
                for (String pageId : pageIds) {
                    assertThat(seen.add(pageId)).as("repeated %s", pageId).isTrue();
                }
                cursor = JsonPath.read(page, "$.nextCursor");
                pages++;
            } while (cursor != null && pages < 1000);
            assertThat(seen).containsAll(ids);
        }

        @Test
        void filters_by_text_status_origin_and_eta() throws Exception {
            String mawb = createMawb();
            String awb = JsonPath.read(mawb, "$.awbNumber");
            mvc.perform(get(MAWBS).with(viewer()).param("q", awb).param("status", "CREATED")
                            .param("origin", "fra").param("destination", "ORD").param("carrier", "LH")
                            .param("etaFrom", "2025-03-15T00:00:00Z").param("etaTo", "2025-03-17T00:00:00Z")
                            .param("lastFreeDayFrom", "2025-03-18").param("lastFreeDayTo", "2025-03-18")
                            .param("sort", "eta,desc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items", hasSize(1)))
                    .andExpect(jsonPath("$.items[0].awbNumber").value(awb));
            mvc.perform(get(MAWBS).with(viewer()).param("q", awb).param("status", "DELIVERED"))
                    .andExpect(jsonPath("$.items", hasSize(0)))
                    .andExpect(jsonPath("$.nextCursor").doesNotExist());
        }

        @Test
        void names_bad_filters() throws Exception {
            mvc.perform(get(MAWBS).with(admin()).param("status", "LOST")).andExpect(invalid("status"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                            "must be one of [CREATED")));
            mvc.perform(get(MAWBS).with(admin()).param("limit", "0")).andExpect(invalid("limit"));
            mvc.perform(get(MAWBS).with(admin()).param("limit", "lots")).andExpect(invalid("limit"));
            mvc.perform(get(MAWBS).with(admin()).param("sort", "weight")).andExpect(invalid("sort"));
            mvc.perform(get(MAWBS).with(admin()).param("origin", "FRANKFURT")).andExpect(invalid("origin"));
            mvc.perform(get(MAWBS).with(admin()).param("etaFrom", "yesterday")).andExpect(invalid("etaFrom"));
            mvc.perform(get(MAWBS).with(admin()).param("etaFrom", "2025-03-17T00:00:00Z")
                    .param("etaTo", "2025-03-15T00:00:00Z")).andExpect(invalid("etaTo"));
            mvc.perform(get(MAWBS).with(admin()).param("cursor", "garbage")).andExpect(invalid("cursor"));
        }

        @Test
        void answers_403_for_a_user_without_mawb_read() throws Exception {
            mvc.perform(get(MAWBS).with(uploader()))
                    .andExpect(problem(403, "permission-denied"))
                    .andExpect(jsonPath("$.feature").value("mawb.read"));
        }
    }

    @Test
    void answers_405_for_a_method_the_route_does_not_take() throws Exception {
        mvc.perform(delete(MAWBS).with(admin()))
                .andExpect(problem(405, "method-not-allowed"))
                .andExpect(header().string(HttpHeaders.ALLOW, not(org.hamcrest.Matchers.emptyOrNullString())));
    }

    @Test
    void answers_404_problem_for_an_unknown_route() throws Exception {
        getAsAdmin(BASE + "/no-such-thing").andExpect(problem(404, "not-found"));
    }
}
