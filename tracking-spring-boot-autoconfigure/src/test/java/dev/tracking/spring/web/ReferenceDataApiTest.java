package dev.tracking.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Carriers and file types. */
class ReferenceDataApiTest extends ApiTestSupport {

    private static final AtomicInteger PREFIXES = new AtomicInteger(700);
    private static final AtomicInteger DESIGNATORS = new AtomicInteger(0);

    private static String nextPrefix() {
        return String.valueOf(PREFIXES.incrementAndGet());
    }

    private static String nextDesignator() {
        int n = DESIGNATORS.getAndIncrement();
        return "Q" + (char) ('A' + n % 26);
    }

    private ResultActions register(String json) throws Exception {
        return mvc.perform(post(BASE + "/carriers").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void lists_and_reads_carriers_without_ever_showing_an_api_key() throws Exception {
        String list = body(mvc.perform(get(BASE + "/carriers").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].designator", hasItem("LH"))));
        assertThat(list).doesNotContain("test-api-key-not-a-secret").doesNotContain("apiKey\"");
        mvc.perform(get(BASE + "/carriers/lh").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.awbPrefix").value("020"))
                .andExpect(jsonPath("$.trackingEndpoint.apiKeySet").value(true))
                .andExpect(jsonPath("$.trackingEndpoint.username").value("forwarder-4711"));
        getAsAdmin(BASE + "/carriers/ZZ").andExpect(problem(404, "not-found"));
    }

    @Test
    void registers_and_changes_a_carrier_keeping_its_api_key() throws Exception {
        String designator = nextDesignator();
        String prefix = nextPrefix();
        register("""
                {"designator": "%s", "awbPrefix": "%s", "name": "Test Cargo",
                 "trackingEndpoint": {"url": "https://api.example.com/track", "apiKey": "k-123"}}
                """.formatted(designator, prefix))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.trackingEndpoint.apiKeySet").value(true));
        register("""
                {"designator": "%s", "awbPrefix": "%s", "name": "Again"}
                """.formatted(designator, nextPrefix()))
                .andExpect(problem(409, "duplicate"));
        String update = """
                {"name": "Test Cargo Renamed", "active": false,
                 "trackingEndpoint": {"url": "https://api.example.com/v2/track"}}
                """;
        mvc.perform(put(BASE + "/carriers/" + designator).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.name").value("Test Cargo Renamed"))
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.trackingEndpoint.apiKeySet").value(true));
        mvc.perform(put(BASE + "/carriers/" + designator).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(problem(412, "precondition-failed"));
        mvc.perform(put(BASE + "/carriers/" + designator).with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(problem(428, "precondition-required"));
    }

    @Test
    void names_bad_carrier_fields_and_needs_carriers_write() throws Exception {
        register("{\"designator\": \"11\", \"awbPrefix\": \"12\", "
                + "\"trackingEndpoint\": {\"url\": \"ftp://x\"}}")
                .andExpect(invalid("designator"))
                .andExpect(invalid("name"))
                .andExpect(invalid("trackingEndpoint.url"));
        register("{\"designator\": \"QQ\", \"awbPrefix\": \"12\", \"name\": \"X\"}")
                .andExpect(invalid("awbPrefix"));
        mvc.perform(post(BASE + "/carriers").with(viewer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"designator\": \"QZ\", \"awbPrefix\": \"999\", \"name\": \"X\"}"))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("carriers.write"));
        mvc.perform(get(BASE + "/carriers").with(uploader()))
                .andExpect(jsonPath("$.feature").value("mawb.read"));
    }

    @Test
    void registers_reads_and_changes_file_types() throws Exception {
        String code = "DELIVERY_ORDER_" + PREFIXES.incrementAndGet();
        mvc.perform(post(BASE + "/file-types").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "%s", "name": "Delivery order", "extensions": ["PDF", ".png"],
                                 "mediaTypes": ["application/pdf"], "maxSizeBytes": 2048}
                                """.formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.extensions", hasItem("pdf")))
                .andExpect(jsonPath("$.extensions", hasItem("png")));
        mvc.perform(post(BASE + "/file-types").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"%s\", \"name\": \"x\", \"extensions\": [\"pdf\"], \"maxSizeBytes\": 1}"
                                .formatted(code)))
                .andExpect(problem(409, "duplicate"));
        mvc.perform(get(BASE + "/file-types").with(viewer()))
                .andExpect(jsonPath("$.items[*].code", hasItem(code)));
        mvc.perform(get(BASE + "/file-types/" + code).with(viewer()))
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.maxSizeBytes").value(2048));
        String change = "{\"name\": \"Delivery order (DO)\", \"extensions\": [\"pdf\"], "
                + "\"mediaTypes\": [\"application/pdf\"], \"maxSizeBytes\": 4096}";
        mvc.perform(put(BASE + "/file-types/" + code).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.maxSizeBytes").value(4096));
        mvc.perform(put(BASE + "/file-types/" + code).with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(problem(412, "precondition-failed"));
        mvc.perform(put(BASE + "/file-types/NOPE").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(problem(404, "not-found"));
    }

    @Test
    void names_bad_file_type_fields_and_needs_filetypes_write() throws Exception {
        mvc.perform(post(BASE + "/file-types").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"bad code\", \"name\": \"x\", \"extensions\": [\"pdf\"], "
                                + "\"maxSizeBytes\": 10}"))
                .andExpect(invalid("code"));
        mvc.perform(post(BASE + "/file-types").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"OK_CODE\", \"name\": \"x\", \"extensions\": [\"pdf\"]}"))
                .andExpect(invalid("maxSizeBytes"));
        mvc.perform(post(BASE + "/file-types").with(viewer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"OK_CODE\", \"name\": \"x\", \"extensions\": [\"pdf\"], "
                                + "\"maxSizeBytes\": 10}"))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("filetypes.write"));
        mvc.perform(get(BASE + "/file-types").with(uploader()))
                .andExpect(jsonPath("$.feature").value("attachments.read"));
    }
}
