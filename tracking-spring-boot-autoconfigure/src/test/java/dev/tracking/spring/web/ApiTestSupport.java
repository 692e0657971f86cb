package dev.tracking.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.SettableClock;
import dev.tracking.testsupport.TestData;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API in one shared application context ({@link WebTestApplication}), driven through MockMvc with Spring
 * Security in front. Every test makes its own records (AWB serials from a shared counter), so tests do not depend on
 * each other's data.
 */
@SpringBootTest(classes = WebTestApplication.class, properties = {
    "tracking.web.max-upload-size=1MB",
    "spring.servlet.multipart.max-file-size=5MB",
    "spring.servlet.multipart.max-request-size=5MB",
    "logging.level.org.springframework.test.web.servlet=WARN",
    "logging.level.org.springframework.boot.test.mock.web=WARN",
    "logging.level.org.springframework.boot.webmvc.test=WARN",
    "logging.level.org.springdoc=WARN"})
abstract class ApiTestSupport {

    static final String BASE = "/api/v1";
    private static final AtomicInteger SERIALS = new AtomicInteger(4_200_000);

    @Autowired
    WebApplicationContext context;
    @Autowired
    TrackingPlatform platform;
    @Autowired
    PersistencePorts ports;
    @Autowired
    SettableClock clock;
    @Autowired
    RecordingAttachmentStorage storage;

    MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        clock.set(WebTestApplication.NOW);
    }

    /** Anna, who holds every feature. */
    static RequestPostProcessor admin() {
        return user("anna").roles(WebTestApplication.ADMIN);
    }

    /** Victor, who may read everything and change nothing. */
    static RequestPostProcessor viewer() {
        return user("victor").roles(WebTestApplication.VIEWER);
    }

    /** Ulla, who may upload attachments and nothing else. */
    static RequestPostProcessor uploader() {
        return user("ulla").roles(WebTestApplication.UPLOADER);
    }

    /** A user holding exactly these roles. */
    static RequestPostProcessor as(String userId, String... roles) {
        return user(userId).roles(roles);
    }

    /** A new Lufthansa AWB number, {@code 020-...} with its check digit. */
    static String newAwbNumber() {
        return TestData.awbNumber(SERIALS.incrementAndGet()).toString();
    }

    /** A valid create-MAWB request for {@code awbNumber}: FRA to ORD on LH430, as TestData describes it. */
    static String mawbJson(String awbNumber) {
        return """
                {
                  "awbNumber": "%s",
                  "origin": "FRA",
                  "destination": "ORD",
                  "shipper": {"name": "Bosch Rexroth AG", "city": "Lohr am Main", "countryCode": "DE"},
                  "consignee": {"name": "Midwest Hydraulics Inc.", "city": "Chicago", "countryCode": "US"},
                  "pieces": 12,
                  "weight": {"amount": "1250.5", "unit": "KG"},
                  "volume": {"amount": "7.25", "unit": "CBM"},
                  "commodity": "Hydraulic pumps",
                  "flights": [{"flight": "LH430", "from": "FRA", "to": "ORD",
                               "etd": "2025-03-15T13:05:00+01:00", "eta": "2025-03-15T15:20:00-05:00"}],
                  "lastFreeDay": "2025-03-18",
                  "equipment": [{"id": "PMC72534LH"}],
                  "references": [{"type": "BOOKING", "value": "BKG-4711"}]
                }
                """.formatted(awbNumber);
    }

    /** Creates a MAWB through the API as the admin; its JSON. */
    String createMawb() throws Exception {
        return mvc.perform(post(BASE + "/mawbs").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(mawbJson(newAwbNumber())))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    /** Creates a MAWB through the API; its id. */
    String createMawbId() throws Exception {
        return JsonPath.read(createMawb(), "$.id");
    }

    /** Creates a HAWB under the MAWB through the API; its id. */
    String createHawbId(String mawbId, String number) throws Exception {
        String json = """
                {"mawbId": "%s", "hawbNumber": "%s",
                 "shipper": {"name": "Hydraulik Nord GmbH"}, "consignee": {"name": "Midwest Hydraulics Inc."},
                 "pieces": 3, "weight": {"amount": "310.25", "unit": "KG"}, "description": "Gear pumps"}
                """.formatted(mawbId, number);
        String body = mvc.perform(post(BASE + "/hawbs").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** Registers a file type through the API as the admin (ignoring that it may exist already). */
    void fileType(String code, String extensions, String mediaTypes, long maxSizeBytes) throws Exception {
        String json = """
                {"code": "%s", "name": "%s", "extensions": [%s], "mediaTypes": [%s], "maxSizeBytes": %d}
                """.formatted(code, code.toLowerCase(java.util.Locale.ROOT), quoted(extensions), quoted(mediaTypes),
                maxSizeBytes);
        int status = mvc.perform(post(BASE + "/file-types").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse().getStatus();
        assertThat(status).isIn(201, 409);
    }

    /** The commercial invoice file type every test shares: pdf, jpg or png, up to 10 MiB. */
    void commercialInvoice() throws Exception {
        fileType("COMMERCIAL_INVOICE", "pdf,jpg,png", "application/pdf,image/jpeg,image/png", 10 * 1024 * 1024);
    }

    private static String quoted(String commaSeparated) {
        if (commaSeparated.isEmpty()) {
            return "";
        }
        return String.join(",", java.util.Arrays.stream(commaSeparated.split(",")).map(s -> "\"" + s + "\"")
                .toList());
    }

    /**
     * A problem response: the status, {@code application/problem+json}, the type under
     * {@link ProblemTypes#BASE}, and never a stack trace or a Java class name.
     */
    static ResultMatcher problem(int status, String type) {
        return result -> {
            status().is(status).match(result);
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            jsonPath("$.type").value(ProblemTypes.BASE + type).match(result);
            jsonPath("$.status").value(status).match(result);
            jsonPath("$.title").isNotEmpty().match(result);
            assertNoInternals(result);
        };
    }

    /** A 400 whose errors name {@code field}. */
    static ResultMatcher invalid(String field) {
        return result -> {
            problem(400, "validation").match(result);
            jsonPath("$.errors[?(@.field == '" + field + "')]").exists().match(result);
        };
    }

    static void assertNoInternals(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("java.")
                .doesNotContain("dev.tracking.")
                .doesNotContain("org.springframework")
                .doesNotContain("tools.jackson")
                .doesNotContain("trace");
    }

    static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    static String headerOf(ResultActions actions, String name) {
        return actions.andReturn().getResponse().getHeader(name);
    }

    static String pathOf(String location) {
        return URI.create(location).getPath();
    }

    /** GETs as the admin. */
    ResultActions getAsAdmin(String path) throws Exception {
        return mvc.perform(get(path).with(admin()));
    }
}
