package dev.tracking.spring.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class BillApiTest extends ApiTestSupport {

    private static final String BILLS = BASE + "/bills";

    private ResultActions createBill(String json) throws Exception {
        return mvc.perform(post(BILLS).with(admin()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String billJson(String mawbId, String type, String amount, String currency) {
        return """
                {"mawbId": "%s", "type": "%s", "amount": {"amount": "%s", "currency": "%s"}, "dueDate": "2025-03-20"}
                """.formatted(mawbId, type, amount, currency);
    }

    @Test
    void creates_reads_and_lists_bills_with_exact_money() throws Exception {
        String mawbId = createMawbId();
        String billId = JsonPath.read(body(createBill(billJson(mawbId, "ISC", "85", "USD"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.amount.amount").value("85.00"))
                .andExpect(jsonPath("$.amount.currency").value("USD"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.dueDate").value("2025-03-20"))), "$.id");
        createBill(billJson(mawbId, "STORAGE", "45000", "JPY"))
                .andExpect(jsonPath("$.amount.amount").value("45000"));
        getAsAdmin(BILLS + "/" + billId).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        mvc.perform(get(BILLS).with(viewer()).param("mawbId", mawbId))
                .andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(get(BILLS).with(viewer()).param("mawbId", mawbId).param("type", "ISC"))
                .andExpect(jsonPath("$.items", hasSize(1)));
        mvc.perform(get(BILLS).with(viewer()).param("type", "ISC"))
                .andExpect(jsonPath("$.items[*].id", hasItem(billId)));
    }

    @Test
    void names_bad_bill_fields() throws Exception {
        String mawbId = createMawbId();
        createBill(billJson(mawbId, "ISC", "85.001", "USD")).andExpect(invalid("amount.amount"));
        createBill(billJson(mawbId, "ISC", "85", "DOLLARS")).andExpect(invalid("amount.currency"));
        createBill(billJson(mawbId, "ISC", "eighty", "USD")).andExpect(invalid("amount.amount"));
        createBill(billJson(mawbId, "ISC", "-5", "USD")).andExpect(invalid("amount"));
        createBill(billJson(mawbId, "BRIBE", "5", "USD")).andExpect(invalid("type"));
        createBill("{\"type\": \"ISC\"}").andExpect(invalid("mawbId")).andExpect(invalid("amount"));
        createBill(billJson(UUID.randomUUID().toString(), "ISC", "5", "USD")).andExpect(problem(404, "not-found"));
        mvc.perform(get(BILLS).with(admin())).andExpect(invalid("mawbId"));
        getAsAdmin(BILLS + "/" + UUID.randomUUID()).andExpect(problem(404, "not-found"));
    }

    @Test
    void marks_a_bill_paid_with_if_match() throws Exception {
        String mawbId = createMawbId();
        String billId = JsonPath.read(body(createBill(billJson(mawbId, "ISC", "125.50", "USD"))), "$.id");
        String payment = "{\"paymentReference\": \"WIRE-0316\"}";
        mvc.perform(post(BILLS + "/" + billId + "/payment").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(payment))
                .andExpect(problem(428, "precondition-required"));
        mvc.perform(post(BILLS + "/" + billId + "/payment").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(invalid("paymentReference"));
        mvc.perform(post(BILLS + "/" + billId + "/payment").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(payment))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"2\""))
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.paymentReference").value("WIRE-0316"))
                .andExpect(jsonPath("$.paidAt").value("2025-03-16T12:00:00Z"));
        mvc.perform(post(BILLS + "/" + billId + "/payment").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(payment))
                .andExpect(problem(412, "precondition-failed"));
        mvc.perform(post(BILLS + "/" + billId + "/payment").with(admin()).header(HttpHeaders.IF_MATCH, "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(payment))
                .andExpect(invalid("status"));
    }

    @Test
    void voids_an_open_bill() throws Exception {
        String billId = JsonPath.read(body(createBill(billJson(createMawbId(), "TRUCKING", "300", "EUR"))), "$.id");
        mvc.perform(post(BILLS + "/" + billId + "/void").with(admin()).header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VOID"));
    }

    @Test
    void answers_403_naming_the_feature() throws Exception {
        String mawbId = createMawbId();
        mvc.perform(post(BILLS).with(viewer()).contentType(MediaType.APPLICATION_JSON)
                        .content(billJson(mawbId, "ISC", "5", "USD")))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("bills.write"));
        mvc.perform(get(BILLS).with(uploader()).param("mawbId", mawbId))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("bills.read"));
    }
}
