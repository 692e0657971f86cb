package dev.tracking.spring.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class EventApiTest extends ApiTestSupport {

    private static final String BOOKED = """
            {"code": "BKD", "timeType": "ACTUAL", "occurredAt": "2025-03-14T10:00:00+01:00", "location": "FRA",
             "flight": "LH430", "portion": {"type": "TOTAL", "pieces": 12, "weight": {"amount": "1250.5", "unit": "KG"}},
             "source": "CARRIER", "remarks": "booked", "metadata": {"agent": "FRA-12"}}
            """;
    private static final String DEPARTED = """
            {"code": "DEP", "timeType": "ACTUAL", "occurredAt": "2025-03-15T13:17:00+01:00", "location": "FRA"}
            """;
    private static final String ARRIVED = """
            {"code": "ARR", "timeType": "ACTUAL", "occurredAt": "2025-03-15T15:31:00-05:00", "location": "ORD"}
            """;

    private ResultActions record(String mawbId, String json) throws Exception {
        return mvc.perform(post(BASE + "/mawbs/" + mawbId + "/events").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void records_one_event_then_reports_the_same_one_as_duplicate() throws Exception {
        String mawbId = createMawbId();
        record(mawbId, BOOKED)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("RECORDED"))
                .andExpect(jsonPath("$.eventId").isNotEmpty())
                .andExpect(jsonPath("$.dedupeKey").value(org.hamcrest.Matchers.startsWith("sha256:")));
        record(mawbId, BOOKED)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        getAsAdmin(BASE + "/mawbs/" + mawbId).andExpect(jsonPath("$.status").value("BOOKED"));
    }

    @Test
    void records_a_batch_as_an_array_or_an_object_and_keeps_the_reported_offsets() throws Exception {
        String mawbId = createMawbId();
        record(mawbId, "[" + BOOKED + "," + DEPARTED + "," + BOOKED + "]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(2))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.outcomes[0].outcome").value("RECORDED"))
                .andExpect(jsonPath("$.outcomes[2].outcome").value("DUPLICATE"))
                .andExpect(jsonPath("$.outcomes[2].index").value(2));
        record(mawbId, "{\"events\": [" + ARRIVED + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(1));
        getAsAdmin(BASE + "/mawbs/" + mawbId + "/events")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(3))))
                .andExpect(jsonPath("$.items[?(@.code == 'BKD')].occurredAt").value("2025-03-14T10:00:00+01:00"))
                .andExpect(jsonPath("$.items[?(@.code == 'BKD')].description").value("Booked on a flight"))
                .andExpect(jsonPath("$.items[?(@.code == 'BKD')].portion.weight.amount").value("1250.5"))
                .andExpect(jsonPath("$.items[?(@.code == 'BKD')].metadata.agent").value("FRA-12"))
                .andExpect(jsonPath("$.items[?(@.code == 'ARR')].occurredAt").value("2025-03-15T15:31:00-05:00"))
                .andExpect(jsonPath("$.items[?(@.code == 'ARR')].source").value("API"));
        getAsAdmin(BASE + "/mawbs/" + mawbId).andExpect(jsonPath("$.status").value("ARRIVED"));
    }

    @Test
    void refuses_a_whole_batch_naming_each_bad_event_field() throws Exception {
        String mawbId = createMawbId();
        String badCode = DEPARTED.replace("\"DEP\"", "\"dep!\"");
        String badTime = ARRIVED.replace("\"ACTUAL\"", "\"MAYBE\"");
        record(mawbId, "[" + BOOKED + "," + badCode + "," + badTime + "]")
                .andExpect(invalid("events[1].code"))
                .andExpect(invalid("events[2].timeType"));
        getAsAdmin(BASE + "/mawbs/" + mawbId + "/events")
                .andExpect(jsonPath("$.items[?(@.code == 'BKD')]").isEmpty());
        record(mawbId, "[]").andExpect(invalid("events"));
        record(mawbId, "[42]").andExpect(invalid("events[0]"));
    }

    @Test
    void names_the_fields_of_a_bad_single_event() throws Exception {
        String mawbId = createMawbId();
        record(mawbId, "{\"location\": \"Frankfurt\", \"portion\": {\"type\": \"TOTAL\"}}")
                .andExpect(invalid("code"))
                .andExpect(invalid("timeType"))
                .andExpect(invalid("occurredAt"))
                .andExpect(invalid("location"))
                .andExpect(invalid("portion.pieces"));
        record(mawbId, DEPARTED.replace("2025-03-15T13:17:00+01:00", "2025-03-15 13:17"))
                .andExpect(invalid("occurredAt"));
        record(mawbId, DEPARTED.replace("2025-03-15T13:17:00+01:00", "2025-04-15T13:17:00+01:00"))
                .andExpect(invalid("occurredAt"));
        record(mawbId, "\"DEP\"").andExpect(invalid("body"));
    }

    @Test
    void answers_404_for_an_unknown_shipment_and_403_without_the_feature() throws Exception {
        record(UUID.randomUUID().toString(), DEPARTED).andExpect(problem(404, "not-found"));
        String mawbId = createMawbId();
        mvc.perform(post(BASE + "/mawbs/" + mawbId + "/events").with(viewer())
                        .contentType(MediaType.APPLICATION_JSON).content(DEPARTED))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("events.write"));
        mvc.perform(get(BASE + "/mawbs/" + mawbId + "/events").with(uploader()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("events.read"));
    }

    @Test
    void records_and_reads_events_of_a_hawb_and_of_its_mawb_with_houses() throws Exception {
        String mawbId = createMawbId();
        String hawbId = createHawbId(mawbId, "HAM5");
        mvc.perform(post(BASE + "/hawbs/" + hawbId + "/events").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(DEPARTED))
                .andExpect(status().isCreated());
        getAsAdmin(BASE + "/hawbs/" + hawbId + "/events")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].subject.kind").value("HAWB"))
                .andExpect(jsonPath("$.items[0].subject.id").value(hawbId));
        mvc.perform(get(BASE + "/mawbs/" + mawbId + "/events").with(admin()).param("includeHouses", "true"))
                .andExpect(jsonPath("$.items[?(@.subject.kind == 'HAWB')]", hasSize(1)));
        getAsAdmin(BASE + "/hawbs/" + UUID.randomUUID() + "/events").andExpect(problem(404, "not-found"));
    }
}
