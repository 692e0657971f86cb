package dev.tracking.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.spring.web.api.MawbController;
import java.lang.reflect.Method;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Problem details (RFC 9457) for every error, never with a stack trace; the security handlers. */
class ProblemDetailsTest extends ApiTestSupport {

    @Test
    void answers_500_with_a_generic_detail_and_an_error_id_but_no_internals() throws Exception {
        commercialInvoice();
        String mawbId = createMawbId();
        String id = JsonPath.read(body(mvc.perform(multipart(BASE + "/mawbs/" + mawbId + "/attachments")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] {1, 2, 3}))
                .param("fileType", "COMMERCIAL_INVOICE").with(admin()))), "$.id");
        storage.failNextOpen();
        String body = body(mvc.perform(get(BASE + "/attachments/" + id + "/content").with(admin()))
                .andExpect(problem(500, "internal"))
                .andExpect(jsonPath("$.errorId").isNotEmpty())
                .andExpect(jsonPath("$.instance").value(BASE + "/attachments/" + id + "/content")));
        assertThat(body).doesNotContain("disk on fire").doesNotContain("/var/secret").doesNotContain("IllegalState");
    }

    @Test
    void answers_406_problem_when_the_client_accepts_no_json() throws Exception {
        mvc.perform(get(BASE + "/mawbs/" + UUID.randomUUID()).with(admin()).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(result -> assertNoInternals(result));
    }

    @Test
    void answers_401_problem_without_or_with_wrong_credentials_and_serves_with_right_ones() throws Exception {
        mvc.perform(get(BASE + "/dashboard/stats"))
                .andExpect(problem(401, "unauthenticated"))
                .andExpect(jsonPath("$.instance").value(BASE + "/dashboard/stats"));
        mvc.perform(get(BASE + "/dashboard/stats").with(httpBasic("anna", "wrong")))
                .andExpect(problem(401, "unauthenticated"));
        mvc.perform(get(BASE + "/dashboard/stats").with(httpBasic("anna", WebTestApplication.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get(BASE + "/dashboard/stats").with(httpBasic("victor", WebTestApplication.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void answers_403_problem_when_the_hosts_security_rule_refuses() throws Exception {
        mvc.perform(get(BASE + "/forbidden-by-host/x").with(admin()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").doesNotExist());
    }

    @Test
    void the_resolver_answers_handler_less_errors_under_the_api_only() throws Exception {
        ApiProblemExceptionResolver resolver = context.getBean(ApiProblemExceptionResolver.class);
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", BASE + "/mawbs/x/attachments");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndView handled = resolver.resolveException(upload, response, null,
                new MaxUploadSizeExceededException(5 * 1024 * 1024));
        assertThat(handled).isNotNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String json = response.getContentAsString();
        assertThat((String) JsonPath.read(json, "$.type")).isEqualTo(ProblemTypes.PAYLOAD_TOO_LARGE.toString());
        assertThat((Integer) JsonPath.read(json, "$.maxBytes")).isEqualTo(5 * 1024 * 1024);
        assertThat(json).doesNotContain("Exception");

        MockHttpServletRequest hostRoute = new MockHttpServletRequest("POST", "/host/upload");
        assertThat(resolver.resolveException(hostRoute, new MockHttpServletResponse(), null,
                new MaxUploadSizeExceededException(1))).isNull();

        Method method = MawbController.class.getMethod("get", UUID.class);
        HandlerMethod ours = new HandlerMethod(context.getBean(MawbController.class), method);
        assertThat(resolver.resolveException(new MockHttpServletRequest("GET", BASE + "/mawbs/x"),
                new MockHttpServletResponse(), ours, new IllegalStateException())).isNull();
    }

    @Test
    void the_mapper_leaves_security_errors_to_spring_security_and_hides_unexpected_ones() {
        ProblemMapper mapper = new ProblemMapper();
        assertThat(mapper.toProblem(new AccessDeniedException("no"), null)).isNull();
        assertThat(mapper.toProblem(new BadCredentialsException("no"), null)).isNull();
        ProblemMapper.Problem mail = mapper.toProblem(new MailDeliveryException("smtp.internal:25 refused", true,
                new RuntimeException()), new MockHttpServletRequest("GET", BASE + "/x"));
        assertThat(mail.status().value()).isEqualTo(500);
        assertThat(mail.body().getDetail()).doesNotContain("smtp");
        assertThat(mail.body().getType()).isEqualTo(ProblemTypes.INTERNAL);
    }
}
